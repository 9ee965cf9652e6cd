import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const marriageFamily: DisputeTypeDefinition = {
  code: 'marriage_family',
  name: '婚姻家庭',
  version: '1.0.0',
  summary: '离婚、抚养、赡养、继承、彩礼、家庭财产分割等家庭纠纷',
  features: [
    ['离婚', 6], ['婚姻', 5], ['赡养', 6], ['赡养费', 7], ['抚养', 5], ['抚养费', 7], ['探视', 5], ['彩礼', 7], ['继承', 6], ['遗产', 6],
    ['遗嘱', 6], ['分家', 5], ['老公', 3], ['老婆', 3], ['丈夫', 3], ['妻子', 3], ['前夫', 4], ['前妻', 4], ['夫妻', 4], ['公婆', 4],
    ['婆婆', 3], ['儿媳', 4], ['父母', 2], ['子女', 3], ['兄弟姐妹', 3], ['家暴', 4], ['家庭暴力', 4], ['分居', 5], ['结婚', 3], ['婚后', 4],
    ['共同财产', 5], ['夫妻共同', 5], ['抚养权', 7], ['老人', 2], ['不管老人', 6], ['家庭矛盾', 6], ['婆媳', 6], ['订婚', 5],
  ],
  slots: [
    respondentSlot('和您有矛盾的家庭成员是谁？和您是什么关系？'),
    {
      key: 'issue', kind: 'choice', label: '争议事项', required: true, question: '主要是什么事？',
      choices: [
        { value: 'support_elderly', label: '赡养老人', synonyms: /赡养|老人|父母/ },
        { value: 'child_support', label: '子女抚养/探视', synonyms: /抚养|探视|孩子/ },
        { value: 'divorce_property', label: '离婚及财产分割', synonyms: /离婚|财产|分割/ },
        { value: 'bride_price', label: '彩礼返还', synonyms: /彩礼/ },
        { value: 'inheritance', label: '继承/分家', synonyms: /继承|遗产|分家|遗嘱/ },
        { value: 'other', label: '其他家庭矛盾', synonyms: /其他|矛盾/ },
      ],
      fill: { choicePatterns: [[/赡养/, 'support_elderly'], [/抚养|探视/, 'child_support'], [/彩礼/, 'bride_price'], [/继承|遗产|遗嘱|分家/, 'inheritance'], [/离婚/, 'divorce_property']] },
    },
    {
      key: 'amount', kind: 'money', label: '涉及金额', required: false, question: '涉及多少钱？比如每月赡养费、彩礼金额。',
      fill: { amountLabels: ['dependant_support', 'claimed', 'compensation'] }, aliases: /赡养费|抚养费|彩礼|金额/,
    },
    {
      key: 'since', kind: 'date', label: '矛盾开始时间', required: false, question: '矛盾大概从什么时候开始？',
      fill: { dateLabels: ['marriage_date', 'incident_date'] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如户口簿、结婚证、转账记录、聊天记录。'),
  ],
  materials: ['身份证、户口簿', '结婚证、离婚证或亲属关系证明', '财产证明', '转账记录、聊天记录', '遗嘱、继承相关文件（如有）'],
  legalBasis: [
    { law: '民事诉讼法解释', article: '第355条', summary: '确认婚姻、亲子、收养等身份关系的协议不能申请司法确认' },
    { law: '民法典', article: '第188条', summary: '诉讼时效期间为3年（身份关系请求除外）' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street'], specialities: ['family'] },
  judicialConfirmation: { possible: false, note: '身份关系（婚姻、亲子、收养）不能司法确认（民诉法解释 355(3)）；赡养费、抚养费、财产给付部分可个案申请。' },
  referenceGap: '参考资料未收录婚姻家庭编条文，法律依据待核实后补充。',
}
