import type { FailureRoute } from '@contract/mediation-record'
import { addDays, daysBetween } from '../judicial/china-dates'

/**
 * The routes left to the parties when people's mediation ends without (full) agreement: PML 26 requires the
 * committee to tell them of arbitration, administrative and judicial routes (终止调解告知). Articles and limits
 * are those of legal-reference.md, per dispute type. Pure: the caller supplies the dates.
 */

export type PartyRole = 'applicant' | 'respondent'

export interface FailureRoutesInput {
  disputeType: string
  /** self | police | court | government: a police referral adds the police route (治安调解). */
  source: string
  /** China calendar date (YYYY-MM-DD) the committee received the application; the labour 15-day clock. */
  appliedOn: string
  /** China calendar date today. */
  today: string
  /** Wage arrears: whether employment is still ongoing (the 1-year limit then does not run, LDMAL 27). */
  employmentOngoing?: boolean | null
  /** partial: an agreement on part exists (payment-order route for labour payment terms, LDMAL 16). */
  partialAgreement?: boolean
}

export interface FailureRoutesResult {
  routes: Record<PartyRole, FailureRoute[]>
  notes: string[]
  /** Labour disputes: the LDMAL 14 date after which arbitration is open even while mediation continues. */
  labourFifteenDay: { deadline: string; passed: boolean } | null
}

type Audience = 'both' | PartyRole
type RouteRule = FailureRoute & { for: Audience }

export const LABOUR_TYPES = ['wage_arrears', 'work_injury', 'labor_termination'] as const
export const isLabourDispute = (type: string) => (LABOUR_TYPES as readonly string[]).includes(type)

export const FAILURE_ROUTES_DISCLAIMER =
  '本告知所列途径、条文和期限为法律信息，供您参考，不构成法律意见；具体期限的起算和适用以有关机关的认定为准，必要时请咨询律师或法律援助机构（12348）。'

/** Civil litigation with the general 3-year limitation (民法典 188), interrupted by the mediation request. */
const LITIGATION: RouteRule = {
  for: 'both',
  kind: 'litigation',
  title: '向人民法院提起民事诉讼',
  body: '可以向有管辖权的人民法院起诉，也可以通过人民法院在线服务平台网上立案。起诉时请携带身份证件、证据材料和本告知书。',
  basis: '《中华人民共和国民法典》第一百八十八条；《人民调解法》第二十六条',
  timeLimit:
    '诉讼时效一般为三年，自知道或者应当知道权利受到损害以及义务人之日起计算；向人民调解委员会申请调解的，诉讼时效自提出请求之日起中断（最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定第十二条）。',
}

const LABOUR_ARBITRATION: RouteRule = {
  for: 'both',
  kind: 'arbitration',
  title: '申请劳动争议仲裁',
  body: '向劳动合同履行地或者用人单位所在地的劳动人事争议仲裁委员会书面申请仲裁，写明双方信息、仲裁请求及事实理由，并提交证据。',
  basis: '《劳动争议调解仲裁法》第十四条、第二十七条',
  timeLimit: '仲裁时效为一年，自当事人知道或者应当知道其权利被侵害之日起计算；因申请调解而中断，从中断时起重新计算。',
}

const LABOUR_LITIGATION: RouteRule = {
  for: 'both',
  kind: 'litigation',
  title: '对仲裁裁决不服的，向人民法院起诉',
  body: '劳动争议一般先经劳动争议仲裁；对仲裁裁决不服的，可以依法向人民法院提起诉讼。追索劳动报酬等金额不超过当地月最低工资标准十二个月金额的争议，仲裁裁决为终局裁决，劳动者不服的仍可以起诉。',
  basis: '《劳动争议调解仲裁法》第四十七条',
  timeLimit: null,
}

const WAGE_ROUTES: RouteRule[] = [
  {
    for: 'applicant',
    kind: 'administrative',
    title: '向劳动保障监察机构投诉欠薪',
    body: '可以向用人单位所在地的人力资源社会保障部门（劳动保障监察机构）投诉。劳动行政部门责令限期支付后用人单位逾期不支付的，应按应付金额50%以上100%以下的标准加付赔偿金；拖欠农民工工资的，可以了解当地应急周转金先行垫付的规定。',
    basis: '《劳动合同法》第八十五条；《保障农民工工资支付条例》第六十三条',
    timeLimit: null,
  },
  {
    for: 'applicant',
    kind: 'payment_order',
    title: '申请支付令',
    body: '用人单位拖欠或者未足额支付劳动报酬的，劳动者可以依法向当地人民法院申请支付令。',
    basis: '《劳动合同法》第三十条',
    timeLimit: null,
  },
]

const WORK_INJURY_ROUTE: RouteRule = {
  for: 'applicant',
  kind: 'administrative',
  title: '申请工伤认定和劳动能力鉴定',
  body: '尚未认定工伤的，可以向社会保险行政部门申请工伤认定；伤情稳定后申请劳动能力鉴定，再据此主张工伤保险待遇。',
  basis: '《工伤保险条例》第十七条、第二十三条',
  timeLimit: '用人单位应在事故伤害发生之日起30日内申请；用人单位未申请的，职工或其近亲属、工会可在1年内申请。',
}

const PAYMENT_ORDER_ON_AGREEMENT: RouteRule = {
  for: 'applicant',
  kind: 'payment_order',
  title: '已达成部分的支付事项可申请支付令',
  body: '就支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金已达成的调解协议，用人单位在约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令。',
  basis: '《劳动争议调解仲裁法》第十六条',
  timeLimit: null,
}

const LAND_ROUTES: RouteRule[] = [
  {
    for: 'both',
    kind: 'arbitration',
    title: '申请农村土地承包仲裁',
    body: '可以向农村土地承包仲裁委员会申请仲裁，也可以直接向人民法院起诉。',
    basis: '《农村土地承包法》第五十五条；《农村土地承包经营纠纷调解仲裁法》第十八条',
    timeLimit: '仲裁时效为二年，自当事人知道或者应当知道其权利被侵害之日起计算。',
  },
  {
    for: 'both',
    kind: 'administrative',
    title: '未实际取得土地承包经营权的，向有关行政主管部门申请解决',
    body: '集体经济组织成员因未实际取得土地承包经营权发生的纠纷，人民法院不作为民事案件受理，应向有关行政主管部门申请解决。',
    basis: '最高人民法院关于审理涉及农村土地承包纠纷案件适用法律问题的解释第一条',
    timeLimit: null,
  },
]

const NEIGHBOUR_LAND_ROUTE: RouteRule = {
  for: 'both',
  kind: 'administrative',
  title: '土地所有权、使用权争议由人民政府处理',
  body: '如争议涉及土地所有权或者使用权的归属，应先协商，协商不成由人民政府处理；对处理决定不服的，可以在接到决定之日起30日内向人民法院起诉。',
  basis: '《土地管理法》第十四条',
  timeLimit: '对人民政府处理决定不服的，自接到决定之日起30日内起诉。',
}

const POLICE_ROUTE: RouteRule = {
  for: 'both',
  kind: 'administrative',
  title: '涉及治安违法的，由公安机关依法处理',
  body: '因民间纠纷引起的打架斗殴、损毁财物等违反治安管理的行为，经调解未达成协议或者达成协议后不履行的，公安机关依法处理，当事人可以就民事争议向人民法院提起诉讼。如有人身安全危险，请立即拨打110。',
  basis: '《治安管理处罚法》（2012年文本）第九条；《公安机关办理行政案件程序规定》第一百八十五条',
  timeLimit: null,
}

const MEDICAL_ROUTE: RouteRule = {
  for: 'both',
  kind: 'administrative',
  title: '申请卫生主管部门行政调解',
  body: '可以向医疗机构所在地的卫生主管部门申请医疗纠纷行政调解；卫生主管部门应在5个工作日内决定是否受理，一般在30个工作日内完成调解。已由人民法院受理的，不再受理。',
  basis: '《医疗纠纷预防和处理条例》第二十二条、第四十条',
  timeLimit: null,
}

const TRAFFIC_ROUTE: RouteRule = {
  for: 'both',
  kind: 'administrative',
  title: '申请公安机关交通管理部门调解',
  body: '对交通事故损害赔偿有争议的，可以共同向公安机关交通管理部门书面申请调解，也可以直接向人民法院起诉。',
  basis: '《道路交通安全法》第七十四条；《道路交通事故处理程序规定》第八十六条',
  timeLimit: '须在收到道路交通事故认定书之日起10日内共同书面申请。',
}

/** Extra routes per dispute type, before the litigation route every dispute keeps. */
const ROUTES_BY_TYPE: Record<string, RouteRule[]> = {
  wage_arrears: WAGE_ROUTES,
  work_injury: [WORK_INJURY_ROUTE],
  labor_termination: [],
  land_contract: LAND_ROUTES,
  neighbor: [NEIGHBOUR_LAND_ROUTE],
  medical: [MEDICAL_ROUTE],
  traffic_accident: [TRAFFIC_ROUTE],
}

function wageArbitration(ongoing: boolean | null | undefined): RouteRule {
  const timeLimit = ongoing
    ? '劳动关系存续期间因拖欠劳动报酬发生争议的，申请仲裁不受一年仲裁时效的限制；劳动关系终止的，应当自劳动关系终止之日起一年内提出。'
    : '仲裁时效为一年，自知道或者应当知道权利被侵害之日起计算；拖欠劳动报酬的，劳动关系终止后应自终止之日起一年内提出。'
  return { ...LABOUR_ARBITRATION, timeLimit }
}

/** Routes and notes for each party; the labour 15-day rule (LDMAL 14) is reported whether or not it has passed. */
export function failureRoutes(input: FailureRoutesInput): FailureRoutesResult {
  const labour = isLabourDispute(input.disputeType)
  const rules: RouteRule[] = []
  if (labour) {
    rules.push(input.disputeType === 'wage_arrears' ? wageArbitration(input.employmentOngoing) : LABOUR_ARBITRATION)
    rules.push(...(ROUTES_BY_TYPE[input.disputeType] ?? []))
    if (input.partialAgreement) rules.push(PAYMENT_ORDER_ON_AGREEMENT)
    rules.push(LABOUR_LITIGATION)
  } else {
    rules.push(...(ROUTES_BY_TYPE[input.disputeType] ?? []))
    rules.push(LITIGATION)
  }
  if (input.source === 'police') rules.push(POLICE_ROUTE)

  const pick = (role: PartyRole) => rules.filter((r) => r.for === 'both' || r.for === role).map(withoutAudience)

  const notes: string[] = []
  let labourFifteenDay: FailureRoutesResult['labourFifteenDay'] = null
  if (labour) {
    const deadline = addDays(input.appliedOn, 15)
    const passed = daysBetween(deadline, input.today) >= 0
    labourFifteenDay = { deadline, passed }
    notes.push(
      passed
        ? `自调解组织收到调解申请之日起15日内未达成调解协议的，当事人可以依法申请仲裁；本案已满15日（${deadline}起），可以直接申请劳动争议仲裁（《劳动争议调解仲裁法》第十四条）。`
        : `自调解组织收到调解申请之日起15日内未达成调解协议的，当事人可以依法申请仲裁；本案自${deadline}起满15日（《劳动争议调解仲裁法》第十四条）。`,
    )
  }
  if (input.partialAgreement) {
    notes.push(
      '已达成协议的部分按调解协议履行，具有法律约束力；双方可以自协议生效之日起30日内共同申请司法确认（《人民调解法》第三十一条、第三十三条）。其余未达成协议的事项，可以通过下列途径解决。',
    )
  }
  notes.push(
    '调解中为达成协议所作的让步和承认，不得在其后的诉讼中作为对其不利的根据，但法律另有规定或者当事人均同意的除外；双方共同确认的无争议事实除外（《人民法院在线调解规则》第十八条）。',
  )
  return { routes: { applicant: pick('applicant'), respondent: pick('respondent') }, notes, labourFifteenDay }
}

function withoutAudience(rule: RouteRule): FailureRoute {
  const { for: _for, ...route } = rule
  return route
}
