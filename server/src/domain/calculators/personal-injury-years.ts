/**
 * Years of compensation by age (PI-Interp 12, 15): 20 years; from 60, one year less per year of age over 60;
 * from 75, 5 years.
 */
export function compensationYears(age: number): number {
  if (age >= 75) return 5
  if (age > 60) return 20 - (age - 60)
  return 20
}

export function yearsExplanation(age: number): string {
  if (age >= 75) return `${age} 周岁（75 周岁以上）按 5 年计算`
  if (age > 60) return `${age} 周岁，60 周岁以上每增加一岁减少一年：20 − (${age} − 60) = ${compensationYears(age)} 年`
  return `${age} 周岁（不满 60 周岁）按 20 年计算`
}
