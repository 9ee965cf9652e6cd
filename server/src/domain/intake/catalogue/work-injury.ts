import { CLAIM_SLOT, evidenceSlot, LABOUR_ARBITRATION_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const workInjury: DisputeTypeDefinition = {
  code: 'work_injury',
  name: '工伤',
  version: '1.0.0',
  summary: '工作中或上下班途中受伤，与单位就工伤待遇发生争议',
  features: [
    ['工伤', 6], ['工伤认定', 6], ['工伤保险', 5], ['劳动能力鉴定', 5], ['伤残等级', 3], ['停工留薪', 5], ['工亡', 6],
    ['一次性伤残补助金', 6], ['伤残就业补助金', 6], ['工伤医疗补助金', 6], ['职业病', 5],
    [/(?:干活|上班|工作|施工|作业)(?:时|中|期间|过程中).{0,12}(?:受伤|摔|砸|压|夹|烫|割|断)/, 5],
    [/(?:工地|车间|厂里|岗位).{0,12}(?:受伤|摔|砸|压|夹|骨折)/, 4], [/上下班途中/, 5], [/(?:上班|下班)[^，。,]{0,6}(?:途中|路上)/, 6], [/(?:厂里|单位|公司).{0,10}(?:受的伤|工伤)/, 3],
    ['受伤', 1], ['骨折', 1], ['摔伤', 1], ['砸伤', 2], ['夹伤', 2], ['医药费', 1], ['用人单位', 1], ['级伤残', 2],
  ],
  slots: [
    respondentSlot('您受伤时是在哪个单位或老板手下干活？'),
    {
      key: 'injury_date', kind: 'date', label: '受伤时间', required: true, question: '您是哪天受的伤？',
      fill: { dateLabels: ['injury_date', 'accident_date', 'incident_date'] }, aliases: /受伤|哪天/,
    },
    {
      key: 'injury_circumstance', kind: 'text', label: '受伤经过', required: true,
      question: '请简单说说受伤经过：在哪里、干什么活的时候、伤到哪里？', aliases: /经过|怎么受伤/,
    },
    {
      key: 'employer_insured', kind: 'choice', label: '单位是否缴纳工伤保险', required: true, choices: YES_NO,
      question: '单位给您交了工伤保险（社保）吗？',
      fill: { choicePatterns: [[/(?:没|未|没有)(?:给我)?(?:交|缴|买|缴纳)(?:工伤保险|社保|保险)/, 'no'], [/(?:交|缴纳|买)了(?:工伤保险|社保)/, 'yes']] },
    },
    {
      key: 'injury_recognised', kind: 'choice', label: '是否已认定工伤', required: true, choices: YES_NO,
      question: '人社部门已经给您做了工伤认定吗？',
      fill: { choicePatterns: [[/认定(?:为)?工伤|工伤认定决定书|认定书/, 'yes'], [/(?:没|未)(?:做|申请)?(?:工伤)?认定/, 'no']] },
    },
    {
      key: 'recognition_date', kind: 'date', label: '工伤认定时间', required: false, askIf: { slot: 'injury_recognised', equals: 'yes' },
      question: '工伤认定决定书是哪天出的？',
    },
    {
      key: 'disability_grade', kind: 'choice', label: '伤残等级', required: false, askIf: { slot: 'injury_recognised', equals: 'yes' },
      question: '做过劳动能力鉴定吗？评的是几级伤残？',
      choices: [
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((g) => ({
          value: `grade_${g}`, label: `${g}级`, synonyms: new RegExp(`(?<![\\d一二三四五六七八九十])(?:${g}|${'一二三四五六七八九十'[g - 1]})级`),
        })),
        { value: 'none', label: '未达到等级', synonyms: /未达|不够|没评上/ },
        { value: 'pending', label: '还没鉴定', synonyms: /还没|没做|未鉴定|没有/ },
      ],
      fill: { choicePatterns: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((g) => [new RegExp(`(?<![\\d])(?:${g}|${'一二三四五六七八九十'[g - 1]})级伤残|伤残${'一二三四五六七八九十'[g - 1]}级`), `grade_${g}`] as [RegExp, string]) },
    },
    {
      key: 'monthly_wage', kind: 'money', label: '受伤前月工资', required: true,
      question: '受伤前您每个月工资大概多少？（用于计算伤残补助金）', fill: { amountLabels: ['monthly_wage'] }, aliases: /工资|月薪/,
    },
    {
      key: 'medical_cost', kind: 'money', label: '医疗费', required: false, question: '到目前为止看病花了多少钱？单位垫付了多少？',
      fill: { amountLabels: ['medical_cost'] }, aliases: /医疗费|医药费|看病/,
    },
    {
      key: 'employment_ending', kind: 'choice', label: '是否解除劳动关系', required: false, choices: YES_NO,
      question: '伤好后您还打算回单位上班吗？如果不回去了请选“是”（会涉及一次性补助金）。',
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如病历、诊断证明、工伤认定书、鉴定结论、劳动合同、工资流水。'),
  ],
  materials: [
    '身份证', '劳动合同或其他劳动关系证明', '工伤认定决定书', '劳动能力鉴定结论书', '病历、诊断证明、出院记录',
    '医疗费票据', '受伤前12个月工资流水', '事故经过说明、证人证言',
  ],
  legalBasis: [
    { law: '工伤保险条例', article: '第14条、第15条', summary: '应当认定及视同工伤的情形' },
    { law: '工伤保险条例', article: '第17条', summary: '单位30日内申请工伤认定；单位未申请的，本人或近亲属1年内可申请' },
    { law: '工伤保险条例', article: '第33条', summary: '停工留薪期内原工资福利待遇不变，一般不超过12个月' },
    { law: '工伤保险条例', article: '第35—37条', summary: '一至十级伤残的一次性伤残补助金（27至7个月本人工资）及相关待遇' },
    { law: '工伤保险条例', article: '第62条', summary: '未参加工伤保险的用人单位按标准自行支付全部工伤待遇' },
  ],
  limitations: [
    { months: 12, label: '工伤认定申请期限1年', basis: '工伤保险条例 17', note: '单位未在30日内申请的，本人自受伤之日起1年内可申请。' },
    LABOUR_ARBITRATION_LIMITATION,
  ],
  competent: { levels: ['street', 'district'], specialities: ['labour'] },
  judicialConfirmation: {
    possible: true,
    note: '就工伤医疗费、补偿金等给付义务达成的协议可申请司法确认或支付令（劳动争议调解仲裁法 16）；工伤认定本身属行政程序。',
  },
}
