import type { LegalBasis } from '@contract/calculators'

/** Full titles of the laws the calculators cite (articles checked per shared/domain/legal-reference.md). */
export const LAW = {
  civilCode: '中华人民共和国民法典',
  labourContract: '中华人民共和国劳动合同法',
  labourContractRegulation: '中华人民共和国劳动合同法实施条例',
  workInjury: '工伤保险条例',
  personalInjury: '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释',
  housingSale: '最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释',
  privateLending: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定',
  wageConversion: '关于职工全年月平均工作时间和工资折算问题的通知（劳社部发〔2008〕3号）',
} as const

export const cite = (law: string, article: string): LegalBasis => ({ law, article })
