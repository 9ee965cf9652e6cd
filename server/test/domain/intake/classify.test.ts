import { classify } from '../../../src/domain/intake/classify'
import { normalizeText } from '../../../src/domain/intake/normalize'

const typeOf = (text: string) => classify(normalizeText(text)).disputeType

describe('classify: one row per narrative, official and colloquial', () => {
  it.each([
    ['wage_arrears', '老板拖欠我三个月工资一直不给'],
    ['wage_arrears', '工头欠了我们十几个人的工钱，过年都回不了家'],
    [
      'wage_arrears',
      '申请人杨某某于2019年11月入职被申请人某公司，2020年7月离职时公司尚拖欠其工资25320元，经多次催讨未果',
    ],
    [
      'wage_arrears',
      '2021年6月，王某等12名农民工到某建筑公司承建的工地务工，包工头李某以工程款未结算为由拖欠12人工资共计23.6万元',
    ],
    ['work_injury', '我在厂里干活的时候手被机器压伤了，公司没给我交工伤保险'],
    ['work_injury', '申请人周某在高空作业时不慎坠落，造成腰椎骨折，经鉴定为九级伤残，被申请人未为其缴纳工伤保险'],
    ['work_injury', '已经认定工伤了，劳动能力鉴定是十级，公司不给一次性伤残补助金'],
    ['labor_termination', '公司突然把我辞退了，一分钱经济补偿都不给'],
    ['labor_termination', '我是一个快递员，在公司干了两年三个月，公司突然说要搬到外地，让我们自己辞职，不给任何补偿'],
    ['labor_termination', '入职一年多公司一直没跟我签劳动合同，现在要求支付双倍工资'],
    ['house_rental', '房东不退我3000元押金，说墙弄脏了要扣'],
    ['house_rental', '租客欠了我三个月房租，电话也不接，东西还在房子里'],
    ['house_rental', '李某在某小区租住房屋，租期一年，月租金2500元，押金5000元，退房时房东扣除全部押金'],
    ['education_refund', '给孩子报的英语培训班上了几节课就关门了，剩下的课时费不退'],
    ['education_refund', '李女士在某教育培训机构报名了一对一辅导课程，共120课时，要求退还剩余课时费'],
    ['property_delivery', '开发商约定2020年底交房，到现在还没交，我们要求赔偿违约金'],
    ['property_delivery', '购房人余某与某房地产开发有限公司签订商品房买卖合同，开发商逾期交房九个月'],
    ['medical', '我爸在医院做完手术就瘫痪了，我们认为是医生操作失误'],
    ['medical', '患者林某到某县人民医院就诊，医生诊断为急性胃肠炎，后确诊为阑尾炎穿孔，家属认为医院误诊'],
    ['neighbor', '楼上邻居家卫生间漏水，把我家天花板泡坏了，找他好几次都不管'],
    ['neighbor', '我家楼上装修，从早上七点一直吵到晚上十点'],
    ['neighbor', '吴某与同村村民郑某因宅基地边界问题发生纠纷，郑某新建房屋的围墙占用了其宅基地'],
    ['land_contract', '村里把我家的承包地收回去了，说要重新调地'],
    ['land_contract', '某村委会将50亩耕地流转给某合作社，合作社拖欠流转费共计12万元'],
    ['land_expropriation', '我家房子被征收了，拆迁办给的补偿款太低了'],
    ['land_expropriation', '因道路建设需要，区政府对部分房屋实施征收，被征收人赵某对评估价格不满，拒绝签订补偿协议'],
    ['traffic_accident', '我骑电动车被一辆小轿车撞了，腿骨折，交警认定对方全责'],
    [
      'traffic_accident',
      '刘某驾驶电动自行车行驶至路口时与陈某驾驶的小型轿车发生碰撞，经交警部门认定陈某负事故主要责任',
    ],
    ['personal_injury', '邻居家的狗把我咬伤了，打狂犬疫苗花了两千多'],
    ['personal_injury', '张某与朱某因琐事发生口角，张某将朱某打伤，经鉴定为轻微伤'],
    ['private_loan', '老刘去年借了我3万5，说好上个月还，到现在一分没还'],
    ['private_loan', '被申请人黄某向申请人陈某借款20万元，约定月息1分，借款到期后仅归还本金5万元'],
    ['private_loan', '我借给我表哥五万块钱，当时没写借条，是微信转的账'],
    ['consumer', '在网上买了一台冰箱，用了两个月就不制冷了，商家不给退货'],
    ['consumer', '在理发店办了3000块的会员卡，现在店关门了，卡里的钱退不了'],
    ['property_management', '物业公司不管小区的电梯，还要涨物业费'],
    ['property_management', '业主王某以物业服务质量差为由拒交物业费，截至2023年6月共拖欠物业费8640元'],
    ['marriage_family', '老公常年不回家，也不给孩子抚养费，我想离婚'],
    ['marriage_family', '父亲今年78岁，大哥二哥都不管，想让他们每人每月出800元赡养费'],
    ['marriage_family', '订婚时给了女方十八万八彩礼，现在女方悔婚，要求返还彩礼'],
  ])('%s: %s', (expected, text) => {
    expect(typeOf(text)).toBe(expected)
  })

  it.each([
    ['neighbor', '近日，某街道人民调解委员会成功调解一起邻里纠纷'],
    ['wage_arrears', '某镇调委会成功化解一起劳资纠纷，为12名工人追回工资'],
    ['medical', '区医调委成功调处一起医患纠纷'],
    ['marriage_family', '村调委会调解一起赡养纠纷'],
    ['property_management', '社区调委会调解一起物业纠纷'],
    ['consumer', '市场监管所联合调委会化解一起消费纠纷'],
    ['land_expropriation', '调解员耐心化解一起征地拆迁纠纷'],
    ['traffic_accident', '原告与被告机动车交通事故责任纠纷一案'],
    ['land_contract', '调解一起土地承包经营权纠纷'],
  ])('case-type name %s: %s', (expected, text) => {
    expect(typeOf(text)).toBe(expected)
  })

  it.each(['你好', '请问在吗', '今天天气很好', '我想咨询一下'])('%s → other', (text) => {
    expect(typeOf(text)).toBe('other')
  })
})

describe('classify: confidence', () => {
  it('is high for a narrative full of one type’s vocabulary and low for a single weak keyword', () => {
    const strong = classify('老板拖欠工资，欠薪半年，农民工讨薪无果，拖欠农民工工资共计10万元')
    const weak = classify('工资')
    expect(strong.confidence).toBeGreaterThan(0.85)
    expect(weak.confidence).toBeLessThan(0.5)
  })

  it('ranks alternatives best first and never repeats the chosen type', () => {
    const result = classify('我下班骑车回家路上被货车撞了，骨折住院，厂里说不算工伤')
    expect(result.alternatives.map((a) => a.disputeType)).not.toContain(result.disputeType)
    const confidences = result.alternatives.map((a) => a.confidence)
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a))
    expect([result.disputeType, ...result.alternatives.map((a) => a.disputeType)]).toEqual(
      expect.arrayContaining(['traffic_accident', 'work_injury']),
    )
  })

  it('keeps confidences between 0 and 1', () => {
    for (const text of ['', '押金', '押金押金押金押金押金押金押金押金', '工伤 交通事故 医疗纠纷 离婚 借条 物业费']) {
      const r = classify(text)
      for (const c of [r.confidence, ...r.alternatives.map((a) => a.confidence)]) {
        expect(c).toBeGreaterThanOrEqual(0)
        expect(c).toBeLessThanOrEqual(1)
      }
    }
  })
})
