import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const propertyManagement: DisputeTypeDefinition = {
  code: 'property_management',
  name: '物业纠纷',
  version: '1.0.0',
  summary: '物业费、停车、公共区域、维修、小区管理等业主与物业之间的纠纷',
  features: [
    ['物业', 5], ['物业费', 7], ['物业公司', 6], ['物业服务', 6], ['物业管理', 6], ['业委会', 6], ['业主委员会', 6], ['小区', 2], ['停车费', 4],
    ['车位', 3], ['电梯', 3], ['公共维修', 4], ['维修基金', 5], ['公摊', 3], ['保安', 2], ['门禁', 3], ['绿化', 2], ['垃圾清运', 3],
    ['物管', 6], ['物业服务合同', 7], ['拒交物业费', 7], ['欠物业费', 7], ['停水停电', 3], ['业主', 2],
  ],
  slots: [
    respondentSlot('对方是哪家物业公司，或哪位业主？'),
    {
      key: 'my_role', kind: 'choice', label: '您的身份', required: true, question: '您是业主，还是物业公司一方？',
      choices: [
        { value: 'owner', label: '我是业主/住户', synonyms: /业主|住户|我家/ },
        { value: 'manager', label: '我是物业', synonyms: /物业/ },
      ],
      fill: { choicePatterns: [[/我(?:家|是业主)|业主.{0,4}我|物业(?:公司)?(?:不|没|乱|强)/, 'owner']] },
    },
    {
      key: 'issue', kind: 'choice', label: '争议事项', required: true, question: '主要是什么问题？',
      choices: [
        { value: 'fee', label: '物业费/停车费', synonyms: /物业费|停车费|收费/ },
        { value: 'service', label: '服务不到位/维修不管', synonyms: /服务|维修|不管|电梯|漏水/ },
        { value: 'damage', label: '财物损失/被盗', synonyms: /损失|被盗|丢|损坏/ },
        { value: 'other', label: '其他', synonyms: /其他/ },
      ],
      fill: { choicePatterns: [[/物业费|停车费|管理费/, 'fee'], [/被盗|丢失|损坏|砸坏/, 'damage'], [/不管|不修|维修|电梯|漏水/, 'service']] },
    },
    { key: 'property_address', kind: 'text', label: '小区和房号', required: true, question: '哪个小区、几栋几号？', aliases: /小区|房号/ },
    {
      key: 'amount', kind: 'money', label: '涉及金额', required: false, question: '涉及多少钱？比如欠费或损失金额。',
      fill: { amountLabels: ['property_fee', 'monthly_property_fee', 'compensation', 'property_loss', 'repair_cost', 'claimed'] }, aliases: /物业费|金额|损失/,
    },
    {
      key: 'since', kind: 'date', label: '开始时间', required: false, question: '问题从什么时候开始？', fill: { dateLabels: ['incident_date'] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如物业服务合同、缴费记录、照片、报修记录。'),
  ],
  materials: ['身份证、房产证或购房合同', '物业服务合同', '缴费记录、催缴通知', '现场照片、报修记录', '与物业的沟通记录'],
  legalBasis: [{ law: '民法典', article: '第188条', summary: '诉讼时效期间为3年' }],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street'], specialities: ['property'] },
  judicialConfirmation: { possible: true, note: '物业费等给付协议可在生效后30日内共同申请司法确认（人民调解法 33）。' },
  referenceGap: '参考资料未收录物业服务合同（民法典第937条以下）相关条文，法律依据待核实后补充。',
}
