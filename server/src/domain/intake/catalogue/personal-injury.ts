import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const personalInjury: DisputeTypeDefinition = {
  code: 'personal_injury',
  name: '人身损害',
  version: '1.0.0',
  summary: '打架受伤、狗咬、摔倒、高空坠物、雇工受伤等人身损害赔偿（交通事故、医疗、工伤除外）',
  features: [
    ['人身损害', 7], ['打伤', 5], ['被打', 4], ['殴打', 4], ['打架', 4], ['狗咬', 6], ['被狗咬', 7], ['咬伤', 5], ['摔倒', 3], ['滑倒', 4],
    ['高空坠物', 6], ['坠物', 4], ['受伤', 2], ['骨折', 2], ['伤残', 2], ['误工费', 2], ['护理费', 2], ['营养费', 2], ['医药费', 1],
    ['赔偿', 1], ['健康权', 5], ['生命权', 5], ['身体权', 5], ['提供劳务者受害', 6], ['雇员', 2], ['帮工', 4], ['轻伤', 4], ['轻微伤', 5],
    ['推搡', 3], ['抓伤', 4], ['烫伤', 3], ['溺水', 4], ['触电', 4], ['精神损害抚慰金', 2], ['生命权、身体权、健康权纠纷', 8],
    [/(?:打|推|撞|咬|砸)(?:伤|倒|断)了?/, 3],
  ],
  slots: [
    respondentSlot('是谁造成您受伤的？'),
    {
      key: 'injury_date', kind: 'date', label: '受伤时间', required: true, question: '哪天受的伤？',
      fill: { dateLabels: ['injury_date', 'incident_date'] }, aliases: /受伤|哪天/,
    },
    { key: 'injury_circumstance', kind: 'text', label: '受伤经过', required: true, question: '请说说受伤经过：在哪里、怎么伤的、伤到哪里？', aliases: /经过/ },
    {
      key: 'injury_severity', kind: 'choice', label: '伤情', required: true, question: '伤得重吗？',
      choices: [
        { value: 'minor', label: '轻微伤，门诊处理', synonyms: /轻微|门诊|擦伤/ },
        { value: 'hospitalised', label: '住院治疗', synonyms: /住院|手术|骨折/ },
        { value: 'disability', label: '评了伤残', synonyms: /伤残|残疾/ },
        { value: 'death', label: '死亡', synonyms: /死亡|去世/ },
      ],
      fill: { choicePatterns: [[/死亡|去世|身亡/, 'death'], [/伤残|残疾/, 'disability'], [/住院|手术|骨折/, 'hospitalised'], [/轻微伤|擦伤|门诊/, 'minor']] },
    },
    {
      key: 'medical_cost', kind: 'money', label: '医疗费', required: true, question: '医疗费花了多少？',
      fill: { amountLabels: ['medical_cost'] }, aliases: /医疗费|医药费/,
    },
    {
      key: 'other_losses', kind: 'money', label: '误工护理等其他损失', required: false, question: '误工、护理、营养、交通等其他损失大概多少？',
      fill: { amountLabels: ['lost_income', 'nursing_cost', 'nutrition_cost', 'transport_cost', 'compensation', 'claimed'] },
    },
    {
      key: 'police_record', kind: 'choice', label: '是否报警', required: false, question: '当时报警了吗？派出所有没有调解或处理？',
      choices: [
        { value: 'yes', label: '报警了', synonyms: /报警|报了|派出所|110/ },
        { value: 'no', label: '没报警', synonyms: /没|否/ },
      ],
      fill: { choicePatterns: [[/报警|派出所|110/, 'yes']] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如病历、票据、伤情鉴定、报警回执、现场视频。'),
  ],
  materials: ['身份证', '病历、诊断证明、医疗费票据', '伤情或伤残鉴定意见', '误工证明、收入证明', '报警回执、询问笔录（如有）', '现场照片、视频、证人'],
  legalBasis: [
    { law: '民法典', article: '第1179条', summary: '侵害他人造成人身损害的，应赔偿医疗费、护理费、交通费、营养费、误工费等' },
    { law: '民法典', article: '第1183条', summary: '造成严重精神损害的，可请求精神损害赔偿' },
    { law: '民法典', article: '第1173条', summary: '被侵权人对损害发生也有过错的，可减轻侵权人责任' },
    { law: '人身损害赔偿解释', article: '第6—12条', summary: '医疗费、误工费、护理费、交通费、伙食补助、营养费、残疾赔偿金的计算' },
    { law: '治安管理处罚法（2012）', article: '第9条', summary: '因民间纠纷引起的打架斗殴等，情节较轻的可由公安机关调解' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street'], specialities: [] },
  judicialConfirmation: { possible: true, note: '赔偿协议可在生效后30日内共同申请司法确认（人民调解法 33）。' },
}
