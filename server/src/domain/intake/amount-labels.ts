import type { LabelRule } from './context-label'

/**
 * What an amount is, read from the nearest keyword in its clause. When two keywords end at the same place the
 * earlier rule wins, so specific rules (经济补偿金) come before general ones (补偿).
 */
export const AMOUNT_LABEL_RULES: readonly LabelRule[] = [
  { label: 'severance', name: '经济补偿', pattern: /经济补偿金?|解除劳动合同补偿|离职补偿|遣散费|N\+1/ },
  { label: 'illegal_termination_damages', name: '违法解除赔偿金', pattern: /违法解除.{0,8}赔偿金?|赔偿金(?=.{0,4}2N)/ },
  { label: 'double_wage', name: '未签合同双倍工资', pattern: /双倍工资|二倍工资|两倍工资/ },
  { label: 'overtime_pay', name: '加班费', pattern: /加班费|加班工资/ },
  {
    label: 'disability_compensation',
    name: '伤残赔偿/补助',
    pattern: /残疾赔偿金|伤残赔偿金|伤残补助金|一次性伤残|伤残就业补助金|工伤医疗补助金/,
  },
  { label: 'death_compensation', name: '死亡赔偿金', pattern: /死亡赔偿金|一次性工亡补助金|工亡补助金|死亡补助/ },
  { label: 'funeral_cost', name: '丧葬费', pattern: /丧葬费|丧葬补助金/ },
  { label: 'dependant_support', name: '被扶养人生活费', pattern: /被扶养人生活费|抚养费|赡养费|扶养费/ },
  {
    label: 'mental_distress',
    name: '精神损害抚慰金',
    pattern: /精神损害抚慰金|精神抚慰金|精神损失费|精神损害赔偿|精神赔偿/,
  },
  { label: 'lost_income', name: '误工费', pattern: /误工费|误工损失|停工留薪/ },
  { label: 'nursing_cost', name: '护理费', pattern: /护理费/ },
  { label: 'nutrition_cost', name: '营养费', pattern: /营养费/ },
  { label: 'transport_cost', name: '交通费', pattern: /交通费|路费/ },
  { label: 'hospital_meal_allowance', name: '住院伙食补助费', pattern: /住院伙食补助费?|伙食补助费?/ },
  { label: 'appraisal_fee', name: '鉴定费', pattern: /鉴定费|评估费/ },
  {
    label: 'medical_cost',
    name: '医疗费',
    pattern: /医疗费用?|医药费|治疗费|住院费|手术费|检查费|药费|看病(?:花|用)了?|抢救费|康复费/,
  },
  { label: 'repair_cost', name: '维修费', pattern: /维修费用?|修理费|修车费|车损|修复费用?|维修|修理|修好/ },
  { label: 'liquidated_damages', name: '违约金', pattern: /违约金|滞纳金|逾期交房.{0,6}(?:赔偿|违约)/ },
  { label: 'earnest_money', name: '定金', pattern: /定金|订金|诚意金|意向金/ },
  { label: 'deposit', name: '押金', pattern: /押金|保证金|押一付/ },
  { label: 'land_transfer_fee', name: '土地流转/承包费', pattern: /流转费|承包费|土地租金|地租/ },
  {
    label: 'expropriation_compensation',
    name: '征收补偿款',
    pattern: /(?:征收|征地|拆迁|安置|土地)补偿(?:款|费|金)?|拆迁款|安置费|搬迁费|青苗费|地上附着物补偿费?/,
  },
  { label: 'rent', name: '租金', pattern: /租金|房租|月租|年租|租费/ },
  { label: 'property_fee', name: '物业费', pattern: /物业费|物管费|物业管理费|管理费|停车费|车位费/ },
  { label: 'utility_fee', name: '水电费', pattern: /水电费|水费|电费|燃气费|暖气费|取暖费/ },
  { label: 'down_payment', name: '首付款', pattern: /首付款?/ },
  {
    label: 'price',
    name: '价款',
    pattern: /购房款|房款|房价|总价|价款|货款|车款|售价|合同价|价格|标价|价值|买了|购买/,
  },
  { label: 'tuition', name: '培训/课程费', pattern: /学费|课时费|培训费|课程费|课费|报名费|教材费|会员费|课包|课时/ },
  { label: 'refund', name: '退款', pattern: /退费|退款|退还|退回|返还|退钱/ },
  { label: 'interest', name: '利息', pattern: /利息|月息|年息|分息|息钱/ },
  {
    label: 'repaid',
    name: '已归还',
    pattern: /(?:归还|偿还|还了|已还|已归还|返还了|退还了|退了)(?:本金|借款|欠款|押金)?/,
  },
  { label: 'outstanding', name: '尚欠金额', pattern: /余款|尚欠|仍欠|剩余欠款|下欠|未还款?|尾款/ },
  {
    label: 'loan_principal',
    name: '借款本金',
    pattern: /借款本金|本金|借款|借了|借给|借钱|出借|欠款|借我|向.{0,6}借|借走/,
  },
  {
    label: 'wage_owed',
    name: '工资',
    pattern: /欠薪|工资|薪水|薪资|薪酬|工钱|劳务费|劳动报酬|报酬|工程款|人工费|血汗钱|提成|奖金|月薪|年薪|日薪|底薪/,
  },
  {
    label: 'compensation',
    name: '赔偿/补偿',
    pattern: /赔偿金|赔偿款|赔偿|补偿款|补偿|赔款|赔了|赔付|补助|损失费|损失/,
  },
  { label: 'pension', name: '养老金/补贴', pattern: /养老金|退休金|退休工资|低保|低保金|补贴|生活费/ },
  { label: 'insurance', name: '保险金', pattern: /保险金|理赔|保险赔/ },
  { label: 'paid', name: '已支付', pattern: /已付|已支付|已交|交了|付了|缴纳|缴了|支付了|转账|充值|垫付|预付/ },
  { label: 'claimed', name: '请求金额', pattern: /要求.{0,12}(?:支付|赔偿|返还|退还|给付)|诉请|主张|索赔|索要|讨要/ },
]

/** A rate is a price per period: it is labelled per period and never summed as a claim. */
export const RATE_LABELS: Record<string, Record<string, { label: string; name: string }>> = {
  month: {
    wage_owed: { label: 'monthly_wage', name: '月工资' },
    rent: { label: 'monthly_rent', name: '月租金' },
    property_fee: { label: 'monthly_property_fee', name: '月物业费' },
    land_transfer_fee: { label: 'monthly_land_fee', name: '每月流转费' },
  },
  day: {
    wage_owed: { label: 'daily_wage', name: '日工资' },
    rent: { label: 'daily_rent', name: '日租金' },
  },
  year: {
    wage_owed: { label: 'annual_salary', name: '年薪' },
    rent: { label: 'annual_rent', name: '年租金' },
    land_transfer_fee: { label: 'annual_land_fee', name: '每年流转/承包费' },
  },
  hour: {
    wage_owed: { label: 'hourly_wage', name: '时薪' },
  },
}
