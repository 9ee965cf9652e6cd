import type { LabelRule } from './context-label'

/** What a date is about, read from the nearest keyword in the clause. More specific rules first. */
export const DATE_LABEL_RULES: readonly LabelRule[] = [
  {
    // 6月以后就没再给过 / 3月起拖欠工资: when the arrears began, not a hire date (first: 开始 also means hired).
    label: 'arrears_start',
    name: '开始拖欠时间',
    pattern:
      /^(?:以后|之后|以来|起|开始)[^，,。；;]{0,8}?(?:(?:没|未|不|停)(?:再|有|怎么|按时)?(?:给|发|付|结|支付|发放)|拖欠|欠)/,
  },
  {
    label: 'employment_start',
    name: '入职时间',
    pattern:
      /入职|进厂|进场|进入.{0,8}(?:工作|上班)|开始.{0,12}(?:工作|上班|打工|务工|干活)|到.{0,12}(?:上班|工作|打工|务工)|受聘|应聘|招用|录用|聘用|在.{0,12}(?:上班|工作|打工|务工)/,
  },
  {
    label: 'employment_end',
    name: '离职时间',
    pattern: /离职|辞退|开除|辞职|解除|终止劳动|被裁|裁员|不干了|离开|停工|解聘/,
  },
  { label: 'injury_date', name: '受伤时间', pattern: /受伤|摔伤|砸伤|压伤|烫伤|割伤|工伤|摔倒|跌落|坠落|夹伤|碾伤/ },
  { label: 'accident_date', name: '事故时间', pattern: /交通事故|事故|相撞|撞|追尾|剐蹭|刮擦|碰撞/ },
  { label: 'treatment_date', name: '就医时间', pattern: /住院|手术|就诊|治疗|入院|出院|看病|分娩|生产/ },
  {
    label: 'delivery_actual',
    name: '实际交房时间',
    pattern: /实际交(?:房|付)|才交(?:房|付)?|已交(?:房|付)|交的房|交了房|收房|交房了|通知交房/,
  },
  {
    label: 'delivery_agreed',
    name: '约定交房时间',
    pattern: /约定|应(?:于|在|当).{0,4}交(?:房|付)|交房日期|交付日期|交房|交付/,
  },
  { label: 'contract_date', name: '签约时间', pattern: /签订|签了|签署|订立|签约|签合同|签协议|签下/ },
  { label: 'loan_date', name: '借款时间', pattern: /借给|借了|借款|向.{0,6}借|出借|借钱/ },
  {
    label: 'due_date',
    name: '约定还款/履行期限',
    pattern:
      /到期|还款期|(?:约定|说好|讲好|答应|承诺).{0,6}(?:还|归还|支付|付清|给)|^(?:还|给)(?![没是在有要不])|归还|还清|还款|付清|前还|前付|期限/,
  },
  { label: 'lease_start', name: '租赁开始时间', pattern: /起租|租下|租了|入住|搬进|承租|租住|租用|租赁/ },
  { label: 'move_out', name: '退租时间', pattern: /退租|搬走|搬出|搬离|退房/ },
  { label: 'payment_date', name: '付款时间', pattern: /报名|缴费|交费|交了|缴纳|支付|付了|转账|付款|购买|购置|充值/ },
  { label: 'expropriation_date', name: '征收/拆迁时间', pattern: /征收|征地|拆迁|拆除|强拆/ },
  { label: 'marriage_date', name: '结婚时间', pattern: /结婚|登记结婚|领证|成婚/ },
  { label: 'incident_date', name: '发生时间', pattern: /发生|开始|出现|纠纷|争执|吵|打/ },
]
