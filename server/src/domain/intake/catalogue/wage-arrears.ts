import { CLAIM_SLOT, evidenceSlot, LABOUR_ARBITRATION_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const wageArrears: DisputeTypeDefinition = {
  code: 'wage_arrears',
  name: '欠薪',
  version: '1.0.0',
  summary: '用人单位或包工头拖欠、克扣工资或劳务报酬',
  features: [
    ['欠薪', 5], ['讨薪', 5], ['拖欠工资', 5], ['拖欠劳动报酬', 5], ['拖欠农民工工资', 6], ['追索劳动报酬', 5],
    [/欠.{0,8}(?:工资|工钱|薪水|薪资|劳务费|血汗钱)/, 4], ['工头', 3], ['回不了家', 2], ['过年', 1], [/工资.{0,8}(?:没|未|不)(?:发|给|付|结)/, 4], [/(?:不|没|未)(?:发|给|结|付).{0,4}工资/, 4],
    ['克扣工资', 4], ['工钱', 3], ['劳务费', 2], ['劳动报酬', 3], ['农民工', 3], ['包工头', 3], ['工地', 2],
    ['工资', 2], ['结算', 1], ['工程款', 1], ['加班费', 2], ['血汗钱', 3], ['支付令', 2], ['劳动监察', 3], ['干活', 1],
    ['上班', 1], ['打工', 1], ['工人', 1], ['提成', 1], ['欠条', 1], ['追索', 1],
  ],
  slots: [
    respondentSlot('拖欠您工资的是谁？请写老板姓名或公司名称。'),
    {
      key: 'employment_start', kind: 'date', label: '开始工作时间', required: true,
      question: '您是什么时候开始在那里干活的？', fill: { dateLabels: ['employment_start'] }, aliases: /入职|开始|上班时间/,
    },
    {
      key: 'still_employed', kind: 'choice', label: '是否还在职', required: true,
      question: '您现在还在那里干吗？',
      choices: [
        { value: 'yes', label: '还在干', synonyms: /^(?:还在|在干|在职|是|没走)/ },
        { value: 'no', label: '已经不干了', synonyms: /不干|离职|走了|辞职|被辞退|被开除|否|没有/ },
      ],
      fill: { choicePatterns: [[/离职|辞职|辞退|开除|不干了|走了|离开/, 'no']] },
    },
    {
      key: 'employment_end', kind: 'date', label: '离职时间', required: true, askIf: { slot: 'still_employed', equals: 'no' },
      question: '您是哪天不干的？', fill: { dateLabels: ['employment_end'] }, aliases: /离职|不干/,
    },
    {
      key: 'monthly_wage', kind: 'money', label: '约定工资', required: false,
      question: '当初说好的工资是多少？按月、按天还是按件算？',
      fill: { amountLabels: ['monthly_wage', 'daily_wage', 'hourly_wage', 'annual_salary'] }, aliases: /月薪|月工资|每个?月|工资标准|日薪|说好/,
    },
    {
      key: 'owed_amount', kind: 'money', label: '被拖欠金额', required: true,
      question: '一共还欠您多少钱？', fill: { amountLabels: ['wage_owed', 'overtime_pay', 'claimed'] },
      aliases: /欠|工资|金额|多少钱/,
    },
    {
      key: 'owed_period', kind: 'date_range', label: '拖欠期间', required: false,
      question: '拖欠的是哪段时间的工资？比如“2024年3月至6月”。', fill: { durationLabels: ['wage_arrears_period'] },
      aliases: /期间|哪几个月/,
    },
    {
      key: 'has_contract', kind: 'choice', label: '是否签劳动合同', required: false, choices: YES_NO,
      question: '您和对方签过劳动合同或用工协议吗？',
      fill: { choicePatterns: [[/(?:未|没有?)签(?:订)?(?:书面)?(?:劳动)?合同/, 'no'], [/签(?:订|了)(?:书面)?劳动合同/, 'yes']] },
    },
    {
      key: 'complained_before', kind: 'choice', label: '是否投诉过', required: false, choices: YES_NO,
      question: '之前向劳动监察或12345投诉过吗？', fill: { choicePatterns: [[/劳动监察|12345|投诉/, 'yes']] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('您手上有哪些能证明干过活、被欠钱的材料？比如工牌、考勤、工资条、聊天记录、欠条。'),
  ],
  materials: [
    '身份证', '劳动合同或用工协议（没有也可以）', '考勤记录、工牌、工作服、工地出入记录', '工资条、银行流水、微信/支付宝转账记录',
    '欠条、结算单或对账单', '与老板的聊天记录、通话录音', '工友的证言和联系方式',
  ],
  legalBasis: [
    { law: '劳动合同法', article: '第30条', summary: '用人单位应按约定和国家规定及时足额支付劳动报酬；拖欠的，劳动者可申请支付令' },
    { law: '劳动法', article: '第50条', summary: '工资应以货币形式按月支付，不得克扣或无故拖欠' },
    { law: '劳动合同法', article: '第85条', summary: '经责令限期支付仍不支付的，加付应付金额50%以上100%以下的赔偿金' },
    { law: '保障农民工工资支付条例', article: '第30条', summary: '分包单位拖欠农民工工资的，由施工总承包单位先行清偿' },
    { law: '劳动争议调解仲裁法', article: '第16条', summary: '就支付劳动报酬达成调解协议，用人单位不履行的，劳动者可凭协议申请支付令' },
  ],
  limitations: [LABOUR_ARBITRATION_LIMITATION],
  competent: { levels: ['community', 'street', 'district'], specialities: ['labour'] },
  judicialConfirmation: {
    possible: true,
    note: '仅就给付义务达成的调解协议，可共同向调解组织所在地基层法院申请司法确认（劳动争议解释(一) 52）；也可凭协议申请支付令。',
  },
}
