import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const trafficAccident: DisputeTypeDefinition = {
  code: 'traffic_accident',
  name: '交通事故',
  version: '1.0.0',
  summary: '机动车、电动车、行人之间交通事故的人身和财产损害赔偿',
  features: [
    ['交通事故', 8], ['车祸', 7], ['事故认定书', 7], ['交警', 5], ['交强险', 7], ['商业险', 5], ['三者险', 6], ['肇事', 6], ['追尾', 6],
    ['撞', 2], ['被撞', 4], ['撞伤', 4], ['相撞', 5], ['剐蹭', 5], ['刮擦', 5], ['电动车', 3], ['摩托车', 3], ['轿车', 3], ['货车', 3],
    ['司机', 2], ['驾驶', 3], ['逃逸', 5], ['全责', 5], ['主责', 5], ['次责', 5], ['同等责任', 4], ['闯红灯', 5], ['车损', 5],
    ['骑车', 2], ['斑马线', 4], ['路口', 2], ['行驶', 3], ['车辆', 2], ['保险公司', 2], ['定损', 5], ['机动车', 4], ['挂靠', 3],
    [/(?:开车|骑车|驾车|驾驶).{0,10}(?:撞|碰|刮)/, 6], [/(?:被|让).{0,6}车.{0,4}(?:撞|碰|刮|轧)/, 6],
  ],
  slots: [
    respondentSlot('对方司机或车主是谁？车牌号多少？'),
    {
      key: 'accident_date', kind: 'date', label: '事故时间', required: true, question: '事故是哪天发生的？',
      fill: { dateLabels: ['accident_date', 'incident_date', 'injury_date'] }, aliases: /事故|哪天/,
    },
    { key: 'accident_place', kind: 'text', label: '事故地点', required: true, question: '在什么路段发生的？', aliases: /地点|路段/ },
    {
      key: 'police_report', kind: 'choice', label: '是否有事故认定书', required: true, choices: YES_NO,
      question: '交警出具《道路交通事故认定书》了吗？', fill: { choicePatterns: [[/认定书|交警认定|责任认定|全责|主责|次责|同等责任/, 'yes']] },
    },
    {
      key: 'liability', kind: 'choice', label: '责任划分', required: true, askIf: { slot: 'police_report', equals: 'yes' },
      question: '认定书上怎么划分的责任？',
      choices: [
        { value: 'other_full', label: '对方全责', synonyms: /对方全责|他全责/ },
        { value: 'other_main', label: '对方主责', synonyms: /对方主责|他主责|我次责/ },
        { value: 'equal', label: '同等责任', synonyms: /同等/ },
        { value: 'mine_main', label: '我方主责或全责', synonyms: /我全责|我主责|我方/ },
        { value: 'none', label: '无法认定', synonyms: /无法认定|未认定/ },
      ],
      fill: { choicePatterns: [[/(?:对方|其|司机|他).{0,6}全(?:部)?责/, 'other_full'], [/(?:对方|其|司机|他).{0,6}主(?:要)?责/, 'other_main'], [/同等责任/, 'equal']] },
    },
    {
      key: 'injury', kind: 'choice', label: '是否有人受伤', required: true, question: '有人受伤吗？',
      choices: [
        { value: 'death', label: '有人死亡', synonyms: /死亡|去世|身亡/ },
        { value: 'injury', label: '有人受伤', synonyms: /受伤|骨折|住院|伤/ },
        { value: 'property_only', label: '只有车损', synonyms: /没有|车损|只是车/ },
      ],
      fill: { choicePatterns: [[/死亡|身亡|去世|抢救无效/, 'death'], [/受伤|骨折|住院|撞伤|伤残/, 'injury']] },
    },
    {
      key: 'insurance', kind: 'text', label: '对方保险情况', required: false, question: '对方车辆投保了哪家保险公司的交强险、商业险？',
      aliases: /保险/,
    },
    {
      key: 'losses', kind: 'money', label: '损失金额', required: true, question: '医疗费、误工费、修车费等损失一共大概多少？',
      fill: { amountLabels: ['medical_cost', 'repair_cost', 'lost_income', 'compensation', 'claimed', 'property_loss'] }, aliases: /损失|医疗费|修车/,
    },
    {
      key: 'advance_paid', kind: 'money', label: '对方已垫付', required: false, question: '对方已经垫付了多少钱？',
      fill: { amountLabels: ['paid'] }, aliases: /垫付/,
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如事故认定书、病历和票据、修车发票、对方驾驶证行驶证和保单。'),
  ],
  materials: ['身份证', '道路交通事故认定书', '病历、诊断证明、医疗费票据', '伤残鉴定意见（如有）', '误工、护理证明', '车辆维修发票、定损单', '对方驾驶证、行驶证、保险单'],
  legalBasis: [
    { law: '道路交通安全法', article: '第74条', summary: '损害赔偿争议可请求交警调解，也可直接起诉' },
    { law: '道路交通安全法', article: '第76条', summary: '交强险限额内先赔；超出部分按过错分担，机动车无过错时承担不超过10%' },
    { law: '民法典', article: '第1213条', summary: '先由交强险赔付，不足部分由商业险赔付，仍不足由侵权人赔偿' },
    { law: '民法典', article: '第1179条', summary: '人身损害赔偿项目：医疗费、护理费、交通费、营养费、误工费等' },
    { law: '道路交通事故处理程序规定', article: '第85条', summary: '人民调解委员会达成的调解协议可申请司法确认' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['street', 'district'], specialities: ['traffic'] },
  judicialConfirmation: { possible: true, note: '赔偿协议可在生效后30日内共同申请司法确认（道路交通事故处理程序规定 85；人民调解法 33）。交强险限额数据未核实，计算时仅作参考。' },
}
