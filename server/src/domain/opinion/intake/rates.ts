import { parseNumeral } from '../../intake/numerals'

const NUMBER = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千点]+)'

function num(raw: string | undefined): number | undefined {
  if (!raw) return undefined
  const chinese = raw.replace('点', '.')
  const value = /^\d+(?:\.\d+)?$/.test(chinese) ? Number(chinese) : parseNumeral(raw)
  return value === null || !Number.isFinite(value) ? undefined : value
}

/** A daily penalty rate from a contract clause: 每日万分之一 → 0.0001, 日千分之0.5, 每天0.05%. */
export function dailyPenaltyRate(clause: string): number | undefined {
  const tenThousandth = new RegExp(`万分之${NUMBER}`).exec(clause)
  if (tenThousandth) return scaled(num(tenThousandth[1]), 10_000)
  const thousandth = new RegExp(`千分之${NUMBER}`).exec(clause)
  if (thousandth) return scaled(num(thousandth[1]), 1_000)
  const percent = new RegExp(`(?:每日|每天|日|按天)[^%％]{0,12}?${NUMBER}\\s*[%％]`).exec(clause)
  if (percent) return scaled(num(percent[1]), 100)
  return undefined
}

/**
 * A yearly loan rate from how residents state it: 年利率6%, 年息6%, 月息1分 (1% a month), 月利率1.5%, 2分利
 * (read as monthly, the common usage), 年息一分 (10% a year).
 */
export function annualLoanRate(text: string): number | undefined {
  const yearPercent = new RegExp(`年(?:化)?(?:利率|利息|息|利)[^%％\\d]{0,4}${NUMBER}\\s*[%％]`).exec(text)
  if (yearPercent) return scaled(num(yearPercent[1]), 100)
  const monthPercent = new RegExp(`月(?:利率|利息|息|利)[^%％\\d]{0,4}${NUMBER}\\s*[%％]`).exec(text)
  if (monthPercent) return scaled(num(monthPercent[1]), 100, 12)
  const yearFen = new RegExp(`年(?:利息|息|利)${NUMBER}分`).exec(text)
  if (yearFen) return scaled(num(yearFen[1]), 10)
  const monthFen = new RegExp(`(?:月(?:利息|息|利))?${NUMBER}分(?:利|息)?`).exec(text)
  if (monthFen && /月|分利|分息/.test(text)) return scaled(num(monthFen[1]), 100, 12)
  return undefined
}

function scaled(value: number | undefined, divisor: number, times = 1): number | undefined {
  if (value === undefined || value <= 0) return undefined
  return Math.round((value * times * 1e8) / divisor) / 1e8
}
