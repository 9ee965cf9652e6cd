import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const medical: DisputeTypeDefinition = {
  code: 'medical',
  name: '医疗纠纷',
  version: '1.0.0',
  summary: '诊疗过程中的损害、误诊、手术事故、医疗费用纠纷',
  features: [
    ['医疗纠纷', 7], ['医疗事故', 7], ['医疗损害', 7], ['医调委', 6], ['误诊', 6], ['漏诊', 6], ['手术', 3], ['医院', 3], ['医生', 2],
    ['诊所', 3], ['卫生院', 3], ['病历', 3], ['封存病历', 6], ['尸检', 5], ['医疗过错', 7], ['医患', 6], ['治疗', 1], ['住院', 1],
    ['输液', 3], ['用药', 2], ['麻醉', 3], ['产房', 3], ['分娩', 3], ['整形', 3], ['美容', 2], ['牙科', 3], ['口腔', 2], ['护士', 2],
    ['医疗损害鉴定', 7], ['知情同意', 5], ['抢救无效', 4], ['并发症', 4], ['后遗症', 2],
    [/(?:医院|医生|诊所).{0,12}(?:失误|过错|责任|治坏|耽误|误诊|不负责)/, 6], [/(?:手术|治疗|打针|输液)(?:后|中).{0,10}(?:死亡|瘫痪|感染|失明|加重)/, 6],
  ],
  slots: [
    respondentSlot('是哪家医院或诊所？'),
    { key: 'patient', kind: 'party', label: '患者', required: true, question: '患者是谁？和您是什么关系？', aliases: /患者|病人/ },
    {
      key: 'treatment_date', kind: 'date', label: '就诊/手术时间', required: true, question: '什么时候在那里就诊或做的手术？',
      fill: { dateLabels: ['treatment_date', 'incident_date'] }, aliases: /就诊|手术|住院/,
    },
    { key: 'alleged_fault', kind: 'text', label: '认为医院的过错', required: true, question: '您认为医院哪里做得不对？', aliases: /过错|问题/ },
    {
      key: 'outcome', kind: 'choice', label: '损害后果', required: true, question: '现在的后果是什么？',
      choices: [
        { value: 'death', label: '患者死亡', synonyms: /死亡|去世|过世|没了/ },
        { value: 'disability', label: '残疾/功能障碍', synonyms: /残疾|瘫痪|失明|障碍/ },
        { value: 'injury', label: '病情加重/需再治疗', synonyms: /加重|再治|感染|受伤/ },
        { value: 'other', label: '其他', synonyms: /其他/ },
      ],
      fill: { choicePatterns: [[/死亡|去世|抢救无效|身亡/, 'death'], [/瘫痪|残疾|失明|伤残/, 'disability']] },
    },
    {
      key: 'records_sealed', kind: 'choice', label: '是否封存病历', required: true, choices: YES_NO, question: '病历资料已经和医院一起封存或复印了吗？',
      fill: { choicePatterns: [[/封存/, 'yes']] },
    },
    {
      key: 'autopsy', kind: 'choice', label: '是否尸检', required: false, choices: YES_NO, askIf: { slot: 'outcome', equals: 'death' },
      question: '做尸检了吗？（应在死亡后48小时内，冷冻保存可延长到7天）', fill: { choicePatterns: [[/尸检/, 'yes']] },
    },
    {
      key: 'appraisal', kind: 'choice', label: '是否做过医疗损害鉴定', required: false, choices: YES_NO, question: '做过医疗损害鉴定吗？',
      fill: { choicePatterns: [[/医疗损害鉴定|医疗事故鉴定|司法鉴定/, 'yes']] },
    },
    {
      key: 'medical_cost', kind: 'money', label: '已花医疗费', required: false, question: '目前已经花了多少医疗费？',
      fill: { amountLabels: ['medical_cost'] }, aliases: /医疗费|花了/,
    },
    {
      key: 'claimed_amount', kind: 'money', label: '索赔金额', required: false, question: '您要求医院赔偿多少？',
      fill: { amountLabels: ['compensation', 'claimed', 'death_compensation', 'disability_compensation'] }, aliases: /赔偿|索赔/,
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如病历复印件、封存清单、费用票据、鉴定报告、死亡证明。'),
  ],
  materials: ['患者及申请人身份证、亲属关系证明', '病历资料复印件及封存清单', '医疗费票据', '医疗损害鉴定报告（如有）', '死亡证明、尸检报告（如有）', '与医院沟通的记录'],
  legalBasis: [
    { law: '医疗纠纷预防和处理条例', article: '第22条', summary: '可通过协商、人民调解、行政调解、诉讼解决' },
    { law: '医疗纠纷预防和处理条例', article: '第31条', summary: '申请医疗纠纷人民调解；已被法院或卫生主管部门受理的不予受理' },
    { law: '医疗纠纷预防和处理条例', article: '第24条、第26条', summary: '病历实物共同封存；尸检应在死亡后48小时内（冷冻7日内）进行' },
    { law: '医疗纠纷预防和处理条例', article: '第38条', summary: '医调委一般30个工作日内调结（鉴定时间不计入）' },
    { law: '民法典', article: '第1218条、第1222条', summary: '医疗机构过错责任；违规、隐匿或伪造病历推定有过错' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['district'], specialities: ['medical'] },
  judicialConfirmation: { possible: true, note: '达成协议后医调委应告知可申请司法确认（医疗纠纷条例 39）。' },
}
