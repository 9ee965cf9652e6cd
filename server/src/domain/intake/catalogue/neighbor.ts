import { CLAIM_SLOT, evidenceSlot, GENERAL_LIMITATION, LOCATION_SLOT, respondentSlot } from './common'
import type { DisputeTypeDefinition } from './types'

export const neighbor: DisputeTypeDefinition = {
  code: 'neighbor',
  name: '相邻/邻里纠纷',
  version: '1.0.0',
  summary: '漏水、噪音、采光、通行、排水、宅基地边界、宠物、堆放杂物等邻里纠纷',
  features: [
    ['邻居', 5], ['邻里', 6], ['楼上', 4], ['楼下', 4], ['隔壁', 4], ['对门', 4], ['相邻', 6], ['噪音', 5], ['漏水', 4], ['渗水', 4],
    ['采光', 5], ['通风', 3], ['挡光', 5], ['日照', 4], ['排水', 4], ['通行', 3], ['过道', 4], ['宅基地', 3], ['滴水', 4], ['屋檐', 4],
    ['围墙', 3], ['堆放', 3], ['杂物', 3], ['养狗', 3], ['狗叫', 4], ['宠物', 2], ['扰民', 5], ['装修噪音', 6], ['搭建', 3], ['违建', 3],
    ['油烟', 4], ['空调外机', 5], ['界址', 5], ['边界', 3], ['公共走廊', 4], ['楼道', 3], ['树', 1],
    [/(?:楼上|楼下|邻居|隔壁).{0,10}(?:漏水|噪音|吵|渗水|装修|响)/, 6], ['吵', 1], ['装修', 1],
  ],
  slots: [
    respondentSlot('邻居怎么称呼？住在哪一户？'),
    {
      key: 'issue', kind: 'choice', label: '问题类型', required: true, question: '主要是什么问题？',
      choices: [
        { value: 'water', label: '漏水/排水', synonyms: /漏水|渗水|排水|滴水/ },
        { value: 'noise', label: '噪音/油烟/污染', synonyms: /噪音|吵|油烟|气味|污染/ },
        { value: 'light', label: '采光/通风/日照', synonyms: /采光|通风|日照|挡光/ },
        { value: 'passage', label: '通行/占道', synonyms: /通行|过道|堵|占/ },
        { value: 'boundary', label: '边界/围墙/宅基地', synonyms: /边界|围墙|宅基地|界址/ },
        { value: 'other', label: '其他', synonyms: /其他|宠物|狗|树/ },
      ],
      fill: { choicePatterns: [[/漏水|渗水|排水|滴水/, 'water'], [/噪音|扰民|吵闹|油烟|异味/, 'noise'], [/采光|日照|挡光|通风/, 'light'], [/通行|过道|堵路|占道/, 'passage'], [/边界|围墙|宅基地|界址/, 'boundary']] },
    },
    {
      key: 'start_date', kind: 'date', label: '开始时间', required: true, question: '这个问题从什么时候开始的？',
      fill: { dateLabels: ['incident_date'] }, aliases: /开始/,
    },
    { key: 'property_address', kind: 'text', label: '双方房屋位置', required: true, question: '您家和对方家的位置关系？比如“我住502，对方住602”。' },
    {
      key: 'loss', kind: 'money', label: '损失金额', required: false, question: '造成了多少损失？比如维修花了多少钱。',
      fill: { amountLabels: ['repair_cost', 'compensation', 'property_loss'] }, aliases: /损失|维修/,
    },
    {
      key: 'police_called', kind: 'choice', label: '是否报过警', required: false, question: '有没有报过警或找过物业、社区？',
      choices: [
        { value: 'police', label: '报过警', synonyms: /报警|110|派出所/ },
        { value: 'community', label: '找过物业/社区', synonyms: /物业|社区|居委/ },
        { value: 'no', label: '都没有', synonyms: /没有|没/ },
      ],
      fill: { choicePatterns: [[/报警|110|派出所/, 'police'], [/找(?:过)?(?:物业|社区|居委会)/, 'community']] },
    },
    LOCATION_SLOT,
    CLAIM_SLOT,
    evidenceSlot('有哪些材料？比如照片视频、噪音记录、维修单据、报警回执。'),
  ],
  materials: ['身份证', '房屋产权或居住证明', '现场照片、视频', '维修费用单据', '噪音检测或第三方鉴定（如有）', '报警回执、物业/社区处理记录'],
  legalBasis: [
    { law: '民法典', article: '第288条', summary: '不动产相邻权利人应按有利生产、方便生活、团结互助、公平合理的原则处理相邻关系' },
    { law: '民法典', article: '第290条、第291条', summary: '用水、排水和通行的相邻义务' },
    { law: '民法典', article: '第293条', summary: '建造建筑物不得妨碍相邻建筑物的通风、采光和日照' },
    { law: '民法典', article: '第294条', summary: '不得违反规定排放污染物、噪声、光辐射等' },
    { law: '民法典', article: '第236—238条', summary: '排除妨害、消除危险、恢复原状、损害赔偿' },
  ],
  limitations: [GENERAL_LIMITATION],
  competent: { levels: ['community', 'street'], specialities: [] },
  judicialConfirmation: { possible: true, note: '赔偿、排除妨害等协议可申请司法确认；确定土地或房屋权属的协议不能司法确认（民诉法解释 355(5)），土地权属争议由人民政府处理（土地管理法 14）。' },
}
