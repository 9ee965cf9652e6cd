import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot, YES_NO } from './common'
import type { DisputeTypeDefinition } from './types'

export const houseRental: DisputeTypeDefinition = {
  code: 'house_rental',
  name: '房屋租赁',
  version: '1.0.0',
  summary: '押金不退、拖欠房租、提前退租、维修、转租等租房纠纷',
  features: [
    ['押金', 4], ['房东', 4], ['租客', 4], ['房租', 4], ['租金', 3], ['退租', 5], ['租房', 5], ['租赁合同', 5], ['房屋租赁', 6],
    ['承租', 3], ['出租', 3], ['转租', 4], ['中介', 1], ['合租', 3], ['押一付三', 6], ['租期', 4], ['续租', 4], ['搬走', 2],
    ['房屋租赁合同纠纷', 6], ['租住', 3], ['二房东', 5], ['长租公寓', 5], ['清退', 2],
    [/(?:不退|扣|扣了|克扣).{0,4}押金/, 5], [/押金.{0,6}(?:不退|没退|扣)/, 5], [/(?:欠|拖欠|不交).{0,4}房租/, 5],
  ],
  slots: [
    respondentSlot('对方是谁？房东、二房东、中介还是租客？请写姓名或公司名称。'),
    {
      key: 'my_role', kind: 'choice', label: '您的身份', required: true, question: '您是租房的一方，还是出租房子的一方？',
      choices: [
        { value: 'tenant', label: '我是租客', synonyms: /租客|租房|承租|租的/ },
        { value: 'landlord', label: '我是房东', synonyms: /房东|出租|业主/ },
      ],
      fill: { choicePatterns: [[/(?:我|本人).{0,6}(?:租了|租住|租的|承租|租房)|房东|押金.{0,4}(?:不退|没退)/, 'tenant'], [/租客|房客|承租人.{0,6}(?:欠|拖欠|不交)/, 'landlord']] },
    },
    { key: 'property_address', kind: 'text', label: '房屋地址', required: true, question: '出租的房子在哪里？', aliases: /房子|地址/ },
    {
      key: 'lease_start', kind: 'date', label: '起租时间', required: true, question: '什么时候开始租的？',
      fill: { dateLabels: ['lease_start', 'contract_date'] }, aliases: /起租|开始租/,
    },
    { key: 'lease_term', kind: 'duration', label: '租期', required: false, question: '合同约定租多长时间？', fill: { durationLabels: ['lease_term'] } },
    {
      key: 'monthly_rent', kind: 'money', label: '月租金', required: true, question: '每月租金多少？',
      fill: { amountLabels: ['monthly_rent', 'rent', 'annual_rent'] }, aliases: /租金|房租/,
    },
    {
      key: 'deposit', kind: 'money', label: '押金', required: false, question: '交了多少押金？',
      fill: { amountLabels: ['deposit'] }, aliases: /押金/,
    },
    {
      key: 'issue', kind: 'choice', label: '争议事项', required: true, question: '主要是什么问题？',
      choices: [
        { value: 'deposit_not_returned', label: '押金不退/乱扣', synonyms: /押金/ },
        { value: 'rent_arrears', label: '拖欠房租', synonyms: /欠.{0,2}租|拖欠|不交房租/ },
        { value: 'early_termination', label: '提前退租/被赶走', synonyms: /提前|赶|清退|收回/ },
        { value: 'repair', label: '房屋维修', synonyms: /维修|漏水|坏/ },
        { value: 'other', label: '其他', synonyms: /其他/ },
      ],
      fill: { choicePatterns: [[/押金/, 'deposit_not_returned'], [/(?:欠|拖欠|不交).{0,4}(?:房租|租金)/, 'rent_arrears'], [/提前(?:退租|收房|收回)|赶.{0,2}走|清退/, 'early_termination'], [/漏水|维修|修缮/, 'repair']] },
    },
    {
      key: 'move_out_date', kind: 'date', label: '退租时间', required: false, askIf: { slot: 'issue', equals: ['deposit_not_returned', 'early_termination'] },
      question: '哪天退的房？交接时有没有拍照或签交接单？', fill: { dateLabels: ['move_out'] },
    },
    {
      key: 'has_written_lease', kind: 'choice', label: '是否有书面合同', required: false, choices: YES_NO, question: '签了书面租房合同吗？',
      fill: { choicePatterns: [[/签(?:订|了)?.{0,4}(?:租赁|租房)合同/, 'yes'], [/(?:没|未)签.{0,4}合同|口头约定/, 'no']] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如租房合同、押金收据、转账记录、交接照片、聊天记录。'),
  ],
  materials: ['身份证', '租赁合同', '押金、租金收据或转账记录', '入住和退租时的房屋照片、水电表读数、交接单', '与对方的聊天记录', '中介合同（如有）'],
  legalBasis: [
    { law: '民法典', article: '第707条', summary: '租期6个月以上应书面约定；未采用书面形式无法确定租期的，视为不定期租赁' },
    { law: '民法典', article: '第712条、第713条', summary: '出租人负维修义务；不维修的承租人可自行维修并由出租人负担费用' },
    { law: '民法典', article: '第722条', summary: '承租人无正当理由不付租金，出租人可催告后解除合同' },
    { law: '民法典', article: '第716条', summary: '未经同意转租的，出租人可解除合同' },
    { law: '民法典', article: '第586条、第587条', summary: '定金不超过主合同标的额20%；押金不是定金，应扣除合理费用后返还' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street'], specialities: [] },
  judicialConfirmation: { possible: true, note: '租金、押金等给付协议可在生效后30日内共同申请司法确认（人民调解法 33）。' },
  referenceGap: '住房租赁条例（2025-09-15施行）关于押金返还的条文序号尚未核实。',
}
