import { amountsOf, valuesOf } from './helpers'

type Row = [text: string, value: number, approximate: boolean, label: string | null, rate?: string]

/** One amount per text: value, approximate flag, label (null = no label) and rate. */
const SINGLE: Row[] = [
  // plain digits and separators
  ['欠我8600元', 8600, false, null],
  ['共计人民币243,567.88元', 243567.88, false, null],
  ['金额为243567.88元', 243567.88, false, null],
  ['拖欠货款１２３４５元', 12345, false, 'price'],
  ['合计￥5,000元', 5000, false, null],
  ['转给他¥3000', 3000, false, null],
  ['人民币5000', 5000, false, null],
  ['花了RMB 2000元', 2000, false, null],
  ['赔了一百元', 100, false, 'compensation'],
  ['罚款200元', 200, false, null],
  ['交了1000块', 1000, false, 'paid'],
  ['给了五百块钱', 500, false, null],
  ['就剩三十块钱', 30, false, null],
  ['维修费用1280.50元', 1280.5, false, 'repair_cost'],
  ['壹拾元零伍分', 10.05, false, null],
  ['叁佰元伍角', 300.5, false, null],
  // 万 / 亿
  ['14.6万元', 146000, false, null],
  ['260 万元', 2600000, false, null],
  ['2100万余元', 21000000, true, null],
  ['损失达1.2亿元', 120000000, false, 'compensation'],
  ['借了他3万5', 35000, false, 'loan_principal'],
  ['借给他3万5千块', 35000, false, 'loan_principal'],
  ['欠款2万5000元', 25000, false, 'loan_principal'],
  ['首付80万', 800000, false, 'down_payment'],
  ['5千元押金', 5000, false, 'deposit'],
  ['3千5百元', 3500, false, null],
  ['一点五万元', 15000, false, null],
  ['房款128万元', 1280000, false, 'price'],
  ['赔偿我10万', 100000, false, 'compensation'],
  // Chinese numerals and financial capitals
  ['三万五千元', 35000, false, null],
  ['叁万伍仟元整', 35000, false, null],
  ['人民币壹拾贰万元整', 120000, false, null],
  ['三萬五千余元', 35000, true, null],
  ['两千五百元', 2500, false, null],
  ['一百二十万元', 1200000, false, null],
  ['十万零五元', 100005, false, null],
  ['二十三万四千五百六十七元', 234567, false, null],
  ['五十块', 50, false, null],
  ['一千块钱', 1000, false, null],
  // colloquial, bare with money context
  ['工资两千五', 2500, false, 'wage_owed'],
  ['工资每月三千五', 3500, false, 'monthly_wage', 'month'],
  ['三千出头的工资', 3000, true, 'wage_owed'],
  ['欠我3万5', 35000, false, null],
  ['工资8600没给', 8600, false, 'wage_owed'],
  ['25320的课时费', 25320, false, 'tuition'],
  ['课时费25320', 25320, false, 'tuition'],
  ['押金3000', 3000, false, 'deposit'],
  ['房租1500', 1500, false, 'rent'],
  ['维修要花三千出头', 3000, true, 'repair_cost'],
  // approximate markers
  ['一万多元', 10000, true, null],
  ['近5000元', 5000, true, null],
  ['40多万元', 400000, true, null],
  ['约8万元', 80000, true, null],
  ['大约两万块', 20000, true, null],
  ['5000元左右', 5000, true, null],
  ['将近三万元', 30000, true, null],
  ['医疗费12000余元', 12000, true, 'medical_cost'],
  ['4.3万余元的医疗费', 43000, true, 'medical_cost'],
  ['十余万元', 100000, true, null],
  ['三千来块', 3000, true, null],
  ['万把块', 10000, true, null],
  ['千把块钱', 1000, true, null],
  ['赔偿金额约为8万元左右', 80000, true, 'compensation'],
  ['差不多六千块', 6000, true, null],
  // internet shorthand and neighbouring digits
  ['工资8k', 8000, false, 'wage_owed'],
  ['借了他3.5w', 35000, false, 'loan_principal'],
  ['欠我2W块', 20000, false, null],
  ['五六千块', 5000, true, null],
  ['两三万元', 20000, true, null],
  ['工资七八千', 7000, true, 'wage_owed'],
  ['每人工资两万七八', 27000, true, 'wage_owed'],
  ['工资三千七八', 3700, true, 'wage_owed'],
  ['总共算下来两万七八', 27000, true, null],
  ['人民币贰万叁仟元（¥23,000.00元）', 23000, false, null],
  // rates
  ['每月4500元', 4500, false, 'monthly_wage', 'month'],
  ['4500元/月', 4500, false, 'monthly_wage', 'month'],
  ['月薪8000', 8000, false, 'monthly_wage', 'month'],
  ['每个月工资6000元', 6000, false, 'monthly_wage', 'month'],
  ['月工资4500元', 4500, false, 'monthly_wage', 'month'],
  ['月租金2500元', 2500, false, 'monthly_rent', 'month'],
  ['房租每月1800元', 1800, false, 'monthly_rent', 'month'],
  ['每天300元', 300, false, 'daily_wage', 'day'],
  ['日工资280元', 280, false, 'daily_wage', 'day'],
  ['300元/天', 300, false, 'daily_wage', 'day'],
  ['年薪20万', 200000, false, 'annual_salary', 'year'],
  ['每年流转费800元', 800, false, 'annual_land_fee', 'year'],
  ['物业费每月200元', 200, false, 'monthly_property_fee', 'month'],
  ['时薪25元', 25, false, 'hourly_wage', 'hour'],
  ['两千五一个月', 2500, false, 'monthly_wage', 'month'],
  // labels from context
  ['拖欠工资8600元', 8600, false, 'wage_owed'],
  ['欠薪2万元', 20000, false, 'wage_owed'],
  ['拖欠工钱5000元', 5000, false, 'wage_owed'],
  ['劳务费1.8万元', 18000, false, 'wage_owed'],
  ['房东不退3000元押金', 3000, false, 'deposit'],
  ['交了3000元的押金', 3000, false, 'deposit'],
  ['保证金2万元', 20000, false, 'deposit'],
  ['定金1万元', 10000, false, 'earnest_money'],
  ['欠房租6000元', 6000, false, 'rent'],
  ['购房款128万元', 1280000, false, 'price'],
  ['总价260万元', 2600000, false, 'price'],
  ['借款本金10万元', 100000, false, 'loan_principal'],
  ['借给他5万元', 50000, false, 'loan_principal'],
  ['利息2万元', 20000, false, 'interest'],
  ['医疗费1.2万元', 12000, false, 'medical_cost'],
  ['花去医药费3000元', 3000, false, 'medical_cost'],
  ['住院费8000元', 8000, false, 'medical_cost'],
  ['误工费6000元', 6000, false, 'lost_income'],
  ['护理费3000元', 3000, false, 'nursing_cost'],
  ['营养费2000元', 2000, false, 'nutrition_cost'],
  ['交通费500元', 500, false, 'transport_cost'],
  ['残疾赔偿金15万元', 150000, false, 'disability_compensation'],
  ['一次性伤残补助金5万元', 50000, false, 'disability_compensation'],
  ['死亡赔偿金80万元', 800000, false, 'death_compensation'],
  ['丧葬费4万元', 40000, false, 'funeral_cost'],
  ['精神损害抚慰金1万元', 10000, false, 'mental_distress'],
  ['学费3万元', 30000, false, 'tuition'],
  ['培训费19800元', 19800, false, 'tuition'],
  ['退还剩余课时费24000元', 24000, false, 'tuition'],
  ['要求退款5000元', 5000, false, 'refund'],
  ['经济补偿金2.5万元', 25000, false, 'severance'],
  ['经济补偿2万元', 20000, false, 'severance'],
  ['双倍工资3万元', 30000, false, 'double_wage'],
  ['加班费4000元', 4000, false, 'overtime_pay'],
  ['违约金5万元', 50000, false, 'liquidated_damages'],
  ['物业费8640元', 8640, false, 'property_fee'],
  ['水电费300元', 300, false, 'utility_fee'],
  ['流转费12万元', 120000, false, 'land_transfer_fee'],
  ['拆迁补偿款50万元', 500000, false, 'expropriation_compensation'],
  ['一次性补偿5万元', 50000, false, 'compensation'],
  ['赔偿我2万元', 20000, false, 'compensation'],
  ['修车费5000元', 5000, false, 'repair_cost'],
  ['鉴定费2000元', 2000, false, 'appraisal_fee'],
  ['仅归还本金5万元', 50000, false, 'repaid'],
  ['余款15万元', 150000, false, 'outstanding'],
  ['抚养费每月2000元', 2000, false, 'dependant_support', 'month'],
  ['购买了价值18.8万元的新车', 188000, false, 'price'],
]

describe('extractAmounts: one amount per text', () => {
  // Every row padded to five cells: jest passes a `done` callback in place of missing trailing cells.
  const rows = SINGLE.map(
    ([text, value, approximate, label, rate]) => [text, value, approximate, label, rate ?? null] as const,
  )
  it.each(rows)('%s → %s', (text, value, approximate, label, rate) => {
    const found = amountsOf(text)
    expect(found).toHaveLength(1)
    expect(found[0].value).toBe(value)
    expect(found[0].approximate).toBe(approximate)
    expect(found[0].label ?? null).toBe(label)
    expect(found[0].rate ?? null).toBe(rate)
  })
})

describe('extractAmounts: several amounts', () => {
  it.each<[string, Array<[number, string | null]>]>([
    [
      '拖欠工资8600元，押金3000元',
      [
        [8600, 'wage_owed'],
        [3000, 'deposit'],
      ],
    ],
    [
      '借款本金10万元，利息2万元',
      [
        [100000, 'loan_principal'],
        [20000, 'interest'],
      ],
    ],
    [
      '月工资4500元，尚欠工资25320元',
      [
        [4500, 'monthly_wage'],
        [25320, 'wage_owed'],
      ],
    ],
    [
      '每月工资6000元，老板一直拖欠工资，到现在还欠我18000元没给',
      [
        [6000, 'monthly_wage'],
        [18000, 'wage_owed'],
      ],
    ],
    [
      '月租金2500元，押金5000元',
      [
        [2500, 'monthly_rent'],
        [5000, 'deposit'],
      ],
    ],
    [
      '要求公司支付经济补偿金2.5万元及未休年假工资3000元',
      [
        [25000, 'severance'],
        [3000, 'wage_owed'],
      ],
    ],
    [
      '医疗费4万元、误工费1万元、护理费5000元',
      [
        [40000, 'medical_cost'],
        [10000, 'lost_income'],
        [5000, 'nursing_cost'],
      ],
    ],
    [
      '借了20万元，仅归还本金5万元，余款15万元及利息至今未还',
      [
        [200000, 'loan_principal'],
        [50000, 'repaid'],
        [150000, 'outstanding'],
      ],
    ],
    [
      '缴纳费用人民币36000元，要求退还剩余课时费24000元',
      [
        [36000, 'paid'],
        [24000, 'tuition'],
      ],
    ],
    [
      '3000-5000元',
      [
        [3000, null],
        [5000, null],
      ],
    ],
    [
      '3至5万元',
      [
        [30000, null],
        [50000, null],
      ],
    ],
    [
      '房款260万元，已付首付80万',
      [
        [2600000, 'price'],
        [800000, 'down_payment'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(amountsOf(text).map((a) => [a.value, a.label ?? null])).toEqual(expected)
  })

  it('keeps the original wording of each amount', () => {
    expect(amountsOf('他说近5000元，其实是叁万伍仟元整').map((a) => a.text)).toEqual(['近5000元', '叁万伍仟元整'])
  })

  it('lists a repeated amount with the same label once', () => {
    expect(valuesOf('押金3000元。房东说押金3000元不退')).toEqual([3000])
  })
})

describe('extractAmounts: numbers that are not money', () => {
  it.each([
    '电话13800138000',
    '手机号138 0013 8000',
    '身份证号350181199001011234',
    '身份证35018119900101123X',
    '根据劳动合同法第47条',
    '第三十八条规定',
    '我们3个人',
    '干了5天',
    '去了2次',
    '年利率24%',
    '月息2分',
    '百分之二十的责任',
    '2019年11月5日',
    '2019.11.5',
    '住在3号楼502',
    '面积89.5平方米',
    '租了两块地',
    '50亩耕地',
    '10节课',
    '120课时',
    '(2023)渝0107民初1234号',
    '车牌渝A12345',
    '上了40课时',
    '一起去',
    '千万不要',
    '万一出事',
    '十分生气',
    '三方协商',
    '一审判决',
    '九级伤残',
    '住院28天',
    '他今年78岁',
    '有三个儿子',
    '十几个人',
    '工资拖了3个月',
    '3点钟',
    '2000多人',
    '元旦',
    '体重60公斤',
    '工资没给',
    '三四个人',
    '五六天',
    'kw',
    '押金交了，房间号1502',
    '工资卡尾号8888',
    '3k多',
  ])('%s has no amount', (text) => {
    expect(amountsOf(text)).toEqual([])
  })
})
