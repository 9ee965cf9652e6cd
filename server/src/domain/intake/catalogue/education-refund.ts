import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const educationRefund: DisputeTypeDefinition = {
  code: 'education_refund',
  name: '教育培训退费',
  version: '1.0.0',
  summary: '培训机构、早教、驾校、健身课程等预付费课程退费纠纷',
  features: [
    ['培训机构', 6], ['培训班', 5], ['培训费', 5], ['课时费', 6], ['学费', 3], ['退费', 4], ['课时', 4], ['课程', 3], ['报名', 2],
    ['早教', 5], ['辅导班', 5], ['补习', 4], ['网课', 4], ['驾校', 4], ['艺考', 4], ['教育机构', 5], ['退学费', 5], ['机构跑路', 5], ['跑路', 3], ['关门', 2], ['家长', 3],
    ['预付', 2], ['剩余课时', 6], ['没上完', 3], ['停课', 3], ['学员', 2], ['老师', 1], ['孩子', 1], ['课包', 5], ['学校', 1],
    ['培训合同', 6], ['教育培训', 6], ['舞蹈', 2], ['钢琴', 2], ['英语', 2], ['编程', 2], ['托管', 3], [/(?:退|退还).{0,6}(?:学费|培训费|课时费|课程费)/, 5],
  ],
  slots: [
    respondentSlot('是哪家培训机构？请写机构全称。'),
    {
      key: 'payment_date', kind: 'date', label: '缴费时间', required: true, question: '哪天报名交的钱？',
      fill: { dateLabels: ['payment_date', 'contract_date'] }, aliases: /报名|交钱|缴费/,
    },
    {
      key: 'amount_paid', kind: 'money', label: '已交费用', required: true, question: '一共交了多少钱？',
      fill: { amountLabels: ['tuition', 'paid', 'price'] }, aliases: /交了|学费|费用/,
    },
    { key: 'total_sessions', kind: 'text', label: '购买课时', required: false, question: '一共买了多少节课（或多长时间）？', aliases: /总共|课时/ },
    { key: 'sessions_used', kind: 'text', label: '已上课时', required: true, question: '已经上了多少节课？', aliases: /上了|已上/ },
    {
      key: 'refund_reason', kind: 'choice', label: '退费原因', required: true, question: '为什么要退费？',
      choices: [
        { value: 'provider_closed', label: '机构关门/跑路', synonyms: /关门|跑路|倒闭|停业|联系不上/ },
        { value: 'provider_fault', label: '机构换老师/质量差/不按约定上课', synonyms: /换老师|质量|不按|虚假|停课/ },
        { value: 'relocation', label: '搬家等客观原因', synonyms: /搬家|转学|生病|客观/ },
        { value: 'own_reason', label: '个人原因不想上了', synonyms: /不想|个人|自己/ },
      ],
      fill: { choicePatterns: [[/跑路|关门|倒闭|停业|人去楼空|联系不上/, 'provider_closed'], [/换老师|停课|不按约定|虚假宣传/, 'provider_fault'], [/搬家|转学/, 'relocation']] },
    },
    {
      key: 'refund_requested', kind: 'money', label: '要求退款金额', required: false, question: '您要求退多少钱？',
      fill: { amountLabels: ['refund', 'claimed'] }, aliases: /退/,
    },
    {
      key: 'student_minor', kind: 'choice', label: '学员是否未成年', required: false, choices: YES_NO, question: '上课的是未成年孩子吗？',
      fill: { choicePatterns: [[/孩子|女儿|儿子|小孩|学生/, 'yes']] },
    },
    {
      key: 'paid_by_loan', kind: 'choice', label: '是否分期贷款付款', required: false, choices: YES_NO, question: '学费是用分期贷款付的吗？',
      fill: { choicePatterns: [[/分期|贷款|培训贷/, 'yes']] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如培训合同、收据或转账记录、上课记录、和机构的聊天记录。'),
  ],
  materials: ['身份证', '培训合同或报名表', '缴费凭证（收据、转账、分期合同）', '课时消耗记录', '退费申请及机构回复', '宣传材料截图'],
  legalBasis: [
    { law: '消费者权益保护法', article: '第53条', summary: '预收款方式提供服务未按约定提供的，应退回预付款并承担利息、合理费用' },
    { law: '消费者权益保护法', article: '第26条', summary: '排除或限制消费者权利的格式条款无效' },
    { law: '最高法预付式消费解释（法释〔2025〕4号）', article: '第15条', summary: '退款 = 预付款 − 已消费部分价值，并加付利息' },
    { law: '最高法预付式消费解释（法释〔2025〕4号）', article: '第14条', summary: '7日内冷静期可请求退还预付本金' },
    { law: '最高法预付式消费解释（法释〔2025〕4号）', article: '第18条、第19条', summary: '因经营者原因退款按优惠价计算已消费部分，因消费者原因按原价' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street', 'district'], specialities: ['consumer'] },
  judicialConfirmation: { possible: true, note: '退费协议可在生效后30日内共同申请司法确认（人民调解法 33）。' },
  referenceGap: '各地关于预收费上限和退费期限的地方规定因城市而异，未核实。',
}
