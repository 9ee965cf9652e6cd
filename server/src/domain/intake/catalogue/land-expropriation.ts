import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const landExpropriation: DisputeTypeDefinition = {
  code: 'land_expropriation',
  name: '征地拆迁',
  version: '1.0.0',
  summary: '征地补偿、房屋征收拆迁补偿、安置款分配纠纷',
  features: [
    ['征地', 7], ['拆迁', 7], ['征收', 6], ['强拆', 7], ['安置房', 6], ['拆迁款', 7], ['补偿款', 3], ['安置补偿', 6], ['征收补偿', 7],
    ['青苗费', 6], ['地上附着物', 6], ['拆迁办', 6], ['棚改', 6], ['旧改', 5], ['回迁', 6], ['补偿协议', 3], ['搬迁', 3], ['被征收', 6],
    ['征收决定', 6], ['土地补偿费', 7], ['分配', 1], ['集体经济组织', 3],
  ],
  slots: [
    respondentSlot('对方是谁？征收部门、拆迁公司、村集体，还是分配补偿款的家庭成员？'),
    { key: 'project', kind: 'text', label: '项目名称', required: true, question: '是哪个征收或拆迁项目？房屋或土地在哪里？' },
    {
      key: 'dispute_kind', kind: 'choice', label: '争议事项', required: true, question: '主要争议是什么？',
      choices: [
        { value: 'amount', label: '补偿标准/金额', synonyms: /标准|金额|太低|少/ },
        { value: 'distribution', label: '家庭或村民之间分配补偿款', synonyms: /分配|分钱|家里|兄弟/ },
        { value: 'resettlement', label: '安置房', synonyms: /安置|回迁/ },
        { value: 'other', label: '其他', synonyms: /其他/ },
      ],
      fill: { choicePatterns: [[/分配|分割|兄弟|姐妹/, 'distribution'], [/安置房|回迁/, 'resettlement'], [/补偿(?:标准|太低|不合理)/, 'amount']] },
    },
    {
      key: 'notice_date', kind: 'date', label: '征收公告/协议时间', required: false, question: '征收公告或补偿协议是什么时候的？',
      fill: { dateLabels: ['expropriation_date', 'contract_date'] },
    },
    {
      key: 'compensation_offered', kind: 'money', label: '补偿金额', required: false, question: '对方给出的补偿是多少？',
      fill: { amountLabels: ['expropriation_compensation', 'compensation'] }, aliases: /补偿/,
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如征收公告、补偿协议、评估报告、产权证明。'),
  ],
  materials: ['身份证、户口簿', '房屋产权证或宅基地证、土地承包证', '征收决定/公告', '补偿安置协议、评估报告', '补偿款到账记录'],
  legalBasis: [{ law: '人民调解法', article: '第2条', summary: '人民调解委员会通过说服、疏导促成当事人自愿达成协议' }],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['street', 'district'], specialities: ['land'] },
  judicialConfirmation: {
    possible: false,
    note: '征收决定和补偿决定属行政行为，不属人民调解司法确认范围；家庭成员之间分配补偿款的给付协议可个案申请司法确认。',
  },
  referenceGap: '参考资料未收录征收补偿条文（国有土地上房屋征收与补偿条例、土地管理法征收章节），法律依据待核实后补充。',
}
