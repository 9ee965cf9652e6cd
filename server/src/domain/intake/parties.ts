import { clauseStart } from './normalize'
import { PARTY_ROLE_RULES, roleSide, type PartySide } from './party-roles'

export interface PartyFact {
  name: string
  kind: 'person' | 'organisation'
  role?: string
  roleName?: string
  /** Which side of the dispute: the narrator is always the applicant. */
  side?: PartySide
  start: number
  end: number
}

// Common single-character surnames (covers the vast majority of the population) and compound surnames.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '夏侯',
  '长孙',
  '宇文',
  '司徒',
  '轩辕',
  '端木',
  '西门',
  '南宫',
]
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES}])`
const HONORIFIC =
  '先生|女士|小姐|师傅|老板|老板娘|经理|总|律师|医生|大夫|老师|阿姨|大爷|大妈|大叔|大姐|大哥|叔|姐|哥|婶|伯|老汉|同学|主任|书记|村长|队长|组长|班长|警官'

const PERSON_PATTERNS: RegExp[] = [
  // 杨某某, 王某, 李某甲 — but not 位于某小区 / 属于某公司 (于 is also a surname)
  new RegExp(`(?<![位属对关由等至处终鉴基用归居])${SURNAME}某[某甲乙丙丁]?\\d?`, 'g'),
  new RegExp(`${SURNAME}(?:${HONORIFIC})(?![\\u4e00-\\u9fa5]{0,0}[业市])`, 'g'), // 张先生, 李女士, 王老板
  new RegExp(`(?<![养敬赡大从缩最])[老小]${SURNAME}(?![\\u4e00-\\u9fa5]{0,0}[子家板公师婆头伙人乡区])`, 'g'), // 老刘, 小王
  new RegExp(`${SURNAME}[A-Z]{1,2}(?![A-Za-z])`, 'g'), // 张X, 李XX
]

/** Names after a role word in formal narratives: 申请人杨学军, 被申请人陈永福. */
const FORMAL_NAME = new RegExp(
  `(?:申请人|被申请人|原告|被告|上诉人|被上诉人|当事人|第三人|死者|伤者|患者|受害人|出借人|借款人|出租人|承租人)(?:[:：])?(${SURNAME}[\\u4e00-\\u9fa5]{1,2})(?=[，,、（(与和因于在于诉称向及等系是为（:：。；\\s]|$)`,
  'g',
)

/** Words after 申请人 that start with a surname character but are not names (申请人陆续…, 被申请人曾多次…). */
const COMMON_WORD_START =
  /^(?:陆续|曾经|曾多|曾于|于是|于同|连续|随即|随后|先后|分别|经过|经常|常年|常常|包括|全部|单独|同意|同时|同年|时常|尚未|尤其|任何|和解|平时|明确|明知|安排|成功|应当|应该|强行|严重|关于|向其|向被|向申|与被|与申|和被|和申|于某日|于当日|于次日|于同日|方面|方才|车辆|房屋|金额)/

const ORG_SUFFIX =
  '有限责任公司|股份有限公司|有限公司|分公司|子公司|公司|集团|工厂|厂|商行|商店|专卖店|门店|店|超市|商场|酒店|饭店|宾馆|餐厅|餐馆|机构|培训学校|学校|学院|大学|中学|小学|幼儿园|早教中心|医院|卫生院|卫生室|诊所|门诊部|物业服务中心|物业|中心|合作社|村委会|居委会|村民委员会|居民委员会|村民小组|工作室|培训班|俱乐部|事务所|银行|信用社|车行|4S店|项目部|经营部|门市部|药店|药房|健身房|农场|养殖场|驾校|馆|局|街道办事处|街道办|镇政府|乡政府|人民政府|政府|开发商|装修队|施工队|劳务队'
const ORG_BODY_STOP =
  '年月日号节次在到给向与和跟被从对把了是去为由及我他她你们同将经其该这那此有没不也都就还又再已说找因所以但而且并或等的个家间位名'
const ORG_PATTERN = new RegExp(
  `([^\\s，。；：:、,.!?！？“”"'《》()（）${ORG_BODY_STOP}\\d]{1,18}?)(${ORG_SUFFIX})(?![驶为人使李程长房家铺面])`,
  'g',
)
const ORG_SUFFIX_EXTENSION = /^(?:有限责任公司|股份有限公司|有限公司|分公司|公司|服务中心|服务有限公司|管理处)/
/** Verbs and connectors inside a long match: the organisation name starts after the last of them. */
const ORG_BODY_BREAK =
  /被申请人|申请人|被告|原告|第三人|反映|表示|来到|要求|认为|拒交|拒付|拖欠|欠|共|转至|转到|驾驶|行驶|以|称|说|让|告|诉|请|找|通知|经|由于|因|起诉|投诉|状告|申请|雇佣|雇|聘请|委托|属于|系|签订|签|支付|交纳|缴纳|购买|联系|发现|前往|来到/
const ORG_LEADING_NOISE =
  /^(?:申请人|被申请人|原告|被告|第三人|用人单位|单位|入职|就职|任职|应聘|受雇于?|起诉|投诉|报名|承租|租住|购买|参加|就读|就诊|前往|来到|位于|所在|当地|附近|一个|一所|一间|一处)+/

const NOT_A_NAME = new Set([
  '老公',
  '老婆',
  '老板',
  '小孩',
  '老人',
  '老家',
  '小区',
  '老师',
  '小时',
  '老乡',
  '老板娘',
  '小车',
  '小米',
  '小路',
  '老路',
  '小于',
  '老于',
  '小单',
  '小方',
  '老方',
  '小康',
  '小贾',
  '小姐',
  '小学',
  '老年',
  '小卖',
])

function overlapsAny(start: number, end: number, found: PartyFact[]): boolean {
  return found.some((p) => start < p.end && end > p.start)
}

function roleAround(text: string, start: number, end: number, name: string, kind: PartyFact['kind']) {
  const before = text.slice(Math.max(clauseStart(text, start), start - 12), start)
  const after = text.slice(end, end + 8)
  let best: { role: string; name: string } | null = null
  // 向周某借款: the one lent to (by) is the lender, whatever 借 alone would suggest.
  if (/向$/.test(before) && /^借/.test(after)) best = { role: 'lender', name: '出借人' }
  for (const [rule, anchored] of best ? [] : ANCHORED_ROLE_RULES) {
    if (anchored.test(before)) {
      best = { role: rule.role, name: rule.name }
      break
    }
  }
  if (!best) {
    const rule = PARTY_ROLE_RULES.find((r) => r.after?.test(after))
    if (rule) best = { role: rule.role, name: rule.name }
  }
  if (!best && kind === 'organisation') {
    const rule = ORG_KIND_ROLES.find(([pattern]) => pattern.test(name))
    if (rule) best = { role: rule[1], name: rule[2] }
  }
  return best ? { role: best.role, roleName: best.name, side: roleSide(best.role) } : {}
}

/** Role words must end right before the name: 房东张先生, 被申请人：某公司. */
const ANCHORED_ROLE_RULES = PARTY_ROLE_RULES.map(
  (rule) => [rule, new RegExp(`(?:${rule.before.source})[：:]?$`)] as const,
)

/** Bodies that handle disputes (justice bureau, committees, courts, police) are never a party to them. */
const HANDLING_BODY =
  /司法局|司法所|调解委员会|调委会|人民法院|法院|派出所|公安局|公安分局|交警大队|交警支队|信访局|律师事务所|法律服务所|仲裁委员会|公共法律服务中心/

/** An organisation's own name often says what it is to the resident. */
const ORG_KIND_ROLES: Array<[RegExp, string, string]> = [
  [/培训|教育|学校|学院|早教|驾校|辅导|课堂|艺术中心/, 'training_provider', '培训机构'],
  [/医院|诊所|卫生院|卫生室|门诊|口腔|医疗/, 'medical_institution', '医疗机构'],
  [/物业/, 'property_manager', '物业服务人'],
  [/房地产|置业|开发商|地产/, 'developer', '开发商'],
  [/保险/, 'insurer', '保险公司'],
]

/** People (杨某某, 张先生, 老刘, 申请人杨学军) and organisations (福清市某安防工程公司, 某培训机构), with roles. */
export function extractParties(text: string): PartyFact[] {
  const found: PartyFact[] = []
  const add = (name: string, kind: PartyFact['kind'], start: number, end: number) => {
    if (NOT_A_NAME.has(name) || overlapsAny(start, end, found)) return
    found.push({ name, kind, start, end, ...roleAround(text, start, end, name, kind) })
  }
  FORMAL_NAME.lastIndex = 0
  for (let m = FORMAL_NAME.exec(text); m; m = FORMAL_NAME.exec(text)) {
    if (COMMON_WORD_START.test(m[1])) continue
    const start = m.index + m[0].indexOf(m[1])
    add(m[1], 'person', start, start + m[1].length)
  }
  ORG_PATTERN.lastIndex = 0
  for (let m = ORG_PATTERN.exec(text); m; m = ORG_PATTERN.exec(text)) {
    let body = m[1]
    let start = m.index
    const pieces = body.split(ORG_BODY_BREAK)
    const tail = pieces[pieces.length - 1]
    start += body.length - tail.length
    body = tail
    const noise = ORG_LEADING_NOISE.exec(body)
    if (noise) {
      body = body.slice(noise[0].length)
      start += noise[0].length
    }
    // 小区物业 + 公司: the shortest suffix matched first, so take a longer one that follows.
    const longer = ORG_SUFFIX_EXTENSION.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    const name = body + m[2] + (longer?.[0] ?? '')
    if (longer) ORG_PATTERN.lastIndex += longer[0].length
    // One plain character before the suffix is usually a word fragment (…节课机构), unless it is 某.
    if (body.length === 0 || (body.length === 1 && body !== '某') || /^(?:某个|这|那|该|此|本|贵|我|其)$/.test(body))
      continue
    add(name, 'organisation', start, start + name.length)
  }
  for (const pattern of PERSON_PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) add(m[0], 'person', m.index, m.index + m[0].length)
  }
  found.sort((a, b) => a.start - b.start)
  return dedupeByName(found.filter((p) => !HANDLING_BODY.test(p.name)))
}

function dedupeByName(parties: PartyFact[]): PartyFact[] {
  const byName = new Map<string, PartyFact>()
  for (const p of parties) {
    const existing = byName.get(p.name)
    if (!existing) byName.set(p.name, p)
    else if (!existing.role && p.role) byName.set(p.name, { ...p, start: existing.start, end: existing.end })
  }
  return [...byName.values()]
}

/** The narrator of a first-person story is the applicant. */
export function narratorParty(text: string): PartyFact | null {
  const i = text.search(/我|本人|俺/)
  return i < 0
    ? null
    : { name: '我', kind: 'person', role: 'applicant', roleName: '申请人', side: 'applicant', start: i, end: i + 1 }
}
