import { CLAIM_SLOT, evidenceSlot, LABOUR_ARBITRATION_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const laborTermination: DisputeTypeDefinition = {
  code: 'labor_termination',
  name: '劳动合同解除/经济补偿',
  version: '1.0.0',
  summary: '被辞退、裁员、合同到期不续签或主动离职后的经济补偿、赔偿金、双倍工资争议',
  features: [
    ['经济补偿', 5], ['经济补偿金', 5], ['违法解除', 6], ['解除劳动合同', 5], ['终止劳动合同', 4], ['辞退', 4], ['开除', 3],
    ['裁员', 4], ['被裁', 4], ['N+1', 5], ['赔偿金', 1], ['双倍工资', 5], ['二倍工资', 5], ['未签劳动合同', 4],
    ['未签订书面劳动合同', 5], ['劳动合同到期', 3], ['不续签', 3], ['代通知金', 5], ['劳动仲裁', 2], ['劳动争议', 2],
    ['劳动关系', 2], ['用人单位', 1], ['离职', 2], ['辞职', 2], ['工龄', 2], ['社保', 1], ['补缴社保', 3], ['试用期', 2],
    [/让我(?:走人|回家|离开|卷铺盖)/, 4], ['补偿', 2], [/(?:不给|没有|没给|拒绝支付|拒不支付|未支付).{0,4}(?:任何)?(?:经济)?补偿/, 5], [/(?:让|逼|迫使|要求)(?:我们?|员工|大家).{0,4}(?:自己|主动)?(?:辞职|离职)/, 5], ['搬迁', 1], ['劳动合同', 2], [/无故(?:辞退|解雇|开除)/, 5],
  ],
  slots: [
    respondentSlot('和您解除劳动关系的是哪家单位？'),
    {
      key: 'employment_start', kind: 'date', label: '入职时间', required: true, question: '您是什么时候入职的？',
      fill: { dateLabels: ['employment_start'] }, aliases: /入职/,
    },
    {
      key: 'employment_end', kind: 'date', label: '解除/离职时间', required: true, question: '劳动关系是哪天结束的？',
      fill: { dateLabels: ['employment_end'] }, aliases: /离职|辞退|解除|结束/,
    },
    {
      key: 'termination_initiator', kind: 'choice', label: '谁提出解除', required: true, question: '是单位让您走，还是您自己提出离职？',
      choices: [
        { value: 'employer', label: '单位辞退/裁员', synonyms: /单位|公司|老板|辞退|开除|裁员|被/ },
        { value: 'employee_due_to_employer_fault', label: '因单位欠薪/不交社保我提出', synonyms: /欠薪|不交社保|没交社保|被迫/ },
        { value: 'employee', label: '我自己辞职', synonyms: /自己|辞职|我提/ },
        { value: 'expiry', label: '合同到期不续签', synonyms: /到期|不续签/ },
        { value: 'mutual', label: '双方协商', synonyms: /协商|商量/ },
      ],
      fill: { choicePatterns: [[/辞退|开除|裁员|被裁|解雇|让我走/, 'employer'], [/到期.{0,6}不(?:再)?续签/, 'expiry'], [/(?:因|由于).{0,10}(?:欠薪|拖欠工资|未缴|没交社保).{0,8}辞职/, 'employee_due_to_employer_fault']] },
    },
    {
      key: 'termination_reason', kind: 'text', label: '解除理由', required: false,
      askIf: { slot: 'termination_initiator', equals: 'employer' }, question: '单位给的理由是什么？有没有书面通知？',
    },
    {
      key: 'average_monthly_wage', kind: 'money', label: '离职前12个月平均工资', required: true,
      question: '离职前12个月，您平均每月到手（含奖金补贴）大约多少？', fill: { amountLabels: ['monthly_wage'] }, aliases: /工资|月薪/,
    },
    {
      key: 'has_contract', kind: 'choice', label: '是否签书面劳动合同', required: true, choices: YES_NO,
      question: '入职后单位和您签了书面劳动合同吗？',
      fill: { choicePatterns: [[/(?:未|没有?|不)签(?:订)?(?:书面)?(?:劳动)?合同/, 'no'], [/签(?:订|了)(?:书面)?劳动合同/, 'yes']] },
    },
    {
      key: 'claimed_amount', kind: 'money', label: '主张金额', required: false, question: '您要求单位赔偿或补偿多少钱？',
      fill: { amountLabels: ['severance', 'illegal_termination_damages', 'double_wage', 'claimed', 'compensation'] }, aliases: /补偿|赔偿|要求/,
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如劳动合同、解除通知、工资流水、社保记录、聊天记录。'),
  ],
  materials: ['身份证', '劳动合同', '解除/终止劳动合同通知书或离职证明', '近12个月工资流水', '社保缴费记录', '考勤、工牌', '与单位的聊天记录、录音'],
  legalBasis: [
    { law: '劳动合同法', article: '第46条、第47条', summary: '应支付经济补偿的情形；按工作年限每满一年支付一个月工资，最高三倍社平工资、12年封顶' },
    { law: '劳动合同法', article: '第48条、第87条', summary: '违法解除可要求继续履行或支付二倍经济补偿的赔偿金' },
    { law: '劳动合同法', article: '第40条', summary: '无过失性辞退须提前30日书面通知或额外支付一个月工资' },
    { law: '劳动合同法', article: '第82条', summary: '超过一个月不满一年未签书面劳动合同，应支付二倍工资' },
    { law: '劳动合同法', article: '第38条', summary: '未及时足额支付劳动报酬等，劳动者可解除合同并主张经济补偿' },
  ],
  limitations: [LABOUR_ARBITRATION_LIMITATION],
  competent: { levels: ['street', 'district'], specialities: ['labour'] },
  judicialConfirmation: { possible: true, note: '就给付义务达成的调解协议可申请司法确认（劳动争议解释(一) 52）；15日未达成协议可申请劳动仲裁。' },
}
