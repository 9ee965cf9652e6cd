import { CLAIM_SLOT, evidenceSlot, generalLimitation, LOCATION_SLOT, PML_BASIS, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const other: DisputeTypeDefinition = {
  code: 'other',
  name: '其他',
  version: '1.0.0',
  summary: '不属于以上类型的其他民间纠纷',
  features: [],
  slots: [
    respondentSlot('对方是谁？'),
    {
      key: 'incident_date',
      kind: 'date',
      label: '发生时间',
      required: true,
      question: '事情是什么时候发生的？',
      fill: { dateLabels: ['incident_date', 'contract_date', 'payment_date'] },
      aliases: /时间|哪天/,
    },
    {
      key: 'description',
      kind: 'text',
      label: '事情经过',
      required: true,
      question: '请简单说说事情经过。',
      aliases: /经过/,
    },
    {
      key: 'amount',
      kind: 'money',
      label: '涉及金额',
      required: false,
      question: '涉及多少钱？没有可以跳过。',
      fill: { amountLabels: ['claimed', 'compensation', 'paid', 'price'] },
      aliases: /金额|钱/,
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些能证明事情经过的材料？'),
  ],
  materials: ['身份证', '与纠纷有关的合同、收据、照片、聊天记录'],
  legalBasis: PML_BASIS,
  limitations: [generalLimitation('incident_date')],
  competent: { levels: ['community', 'street'], specialities: [] },
  judicialConfirmation: {
    possible: true,
    note: '财产给付类协议一般可申请司法确认（人民调解法 33）；身份关系、权属确认除外（民诉法解释 355）。',
  },
}
