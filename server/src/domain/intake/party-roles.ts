export type PartySide = 'applicant' | 'respondent'

export interface PartyRoleRule {
  role: string
  name: string
  /** Role word right before the name: 房东王先生, 被申请人某公司. */
  before: RegExp
  /** Words right after the name that reveal the role: 王某拖欠工资 → employer. */
  after?: RegExp
}

/** More specific first: 被申请人 must win over 申请人. */
export const PARTY_ROLE_RULES: readonly PartyRoleRule[] = [
  { role: 'respondent', name: '被申请人', before: /被申请人|被告|被上诉人|被投诉人|对方/ },
  { role: 'applicant', name: '申请人', before: /(?<!被)申请人|(?<!被)原告|(?<!被)上诉人|投诉人|当事人/ },
  {
    role: 'employer',
    name: '用人单位/雇主',
    before: /入职|就职|任职|受雇于?|老板|雇主|用人单位|包工头|工头|发包方|承包方|总包|分包|施工方|单位/,
    after: /^(?:拖欠|欠|不给|没给|未支付|未发|克扣|辞退|开除|不发|上班|工作|打工|务工|干活|做工|当|任)/,
  },
  { role: 'employee', name: '劳动者', before: /员工|工人|劳动者|农民工|职工|雇员|务工人员/ },
  {
    role: 'landlord',
    name: '出租人/房东',
    before: /房东|出租人|出租方/,
    after: /^(?:不退|扣|扣了|拒绝退|不还)(?:押金)?/,
  },
  {
    role: 'tenant',
    name: '承租人/租客',
    before: /租客|承租人|承租方|房客/,
    after: /^(?:在.{0,8})?(?:租住|租了|承租|租用|租房)/,
  },
  { role: 'owner', name: '业主', before: /业主|房主|产权人/ },
  { role: 'lender', name: '出借人', before: /出借人|债权人/ },
  { role: 'borrower', name: '借款人', before: /借款人|债务人/, after: /^(?:借|向我借|找我借|欠我)/ },
  { role: 'developer', name: '开发商', before: /开发商|出卖人|房地产开发/ },
  { role: 'medical_institution', name: '医疗机构', before: /医院|诊所|卫生院/ },
  { role: 'patient', name: '患者', before: /患者|病人|死者|伤者|受害人/ },
  {
    role: 'driver',
    name: '驾驶人',
    before: /司机|驾驶员|驾驶人|肇事者|肇事司机|车主/,
    after: /^(?:驾驶|开车|驾车|酒驾|醉驾)/,
  },
  { role: 'insurer', name: '保险公司', before: /保险公司|承保/ },
  { role: 'training_provider', name: '培训机构', before: /培训机构|机构|学校/ },
  { role: 'property_manager', name: '物业服务人', before: /物业公司|物业/ },
  { role: 'neighbour', name: '邻居', before: /邻居|楼上|楼下|隔壁|对门/ },
  { role: 'spouse', name: '配偶', before: /丈夫|妻子|老公|老婆|前夫|前妻|配偶/ },
]

const SIDES: Record<string, PartySide> = {
  applicant: 'applicant',
  respondent: 'respondent',
  employee: 'applicant',
  tenant: 'applicant',
  lender: 'applicant',
  patient: 'applicant',
  employer: 'respondent',
  landlord: 'respondent',
  borrower: 'respondent',
  developer: 'respondent',
  medical_institution: 'respondent',
  insurer: 'respondent',
  training_provider: 'respondent',
  property_manager: 'respondent',
  driver: 'respondent',
}

/**
 * The usual side in a resident-filed case: a worker files against an employer, a tenant against a landlord.
 * Roles whose side depends on who files (neighbour, spouse) have none.
 */
export function roleSide(role: string): PartySide | undefined {
  return SIDES[role]
}
