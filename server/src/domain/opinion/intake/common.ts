import type { OpinionCalculationRequest } from '@contract/opinions'
import { exact } from '../../calculators/exact'
import { LAW } from '../../calculators/laws'
import type { FigureKind } from '../../regional-figures/regional-figure'
import type { MappingContext } from './mapping'
import type { SlotReader } from './slot-reader'

/**
 * Region + year for calculators whose regional figures are optional (caps and floors): the first kind found.
 * A year older than the one courts use is stated as an assumption.
 */
export function optionalRegion(
  slots: SlotReader,
  context: MappingContext,
  ...kinds: FigureKind[]
): { region?: string; year?: number } {
  for (const kind of kinds) {
    const source = context.figures(kind)
    if (!source) continue
    const expected = Number(context.today.slice(0, 4)) - 1
    if (source.year !== expected) {
      slots.assume(
        `本地区统计数据按${source.regionName}${source.year}年度计算（数据表中最近的年度；法院通常适用上一统计年度即${expected}年度的数据，请核实）`,
      )
    }
    return { region: source.region, year: source.year }
  }
  return {}
}

/** The monthly wage from a wage answer that may be daily or yearly (日薪300元, 年薪12万). */
export function monthlyWage(slots: SlotReader, key: string): number | undefined {
  const amount = slots.money(key)
  if (amount === undefined) return undefined
  const words = `${slots.filled(key)?.text ?? ''}${slots.filled(key)?.display ?? ''}`
  if (/[天日]/.test(words) && !/月/.test(words)) {
    slots.assume(`${slots.label(key)}为日工资，按日工资 × 21.75 天折算月工资（${LAW.wageConversion}）`)
    return exact(amount).mul(21.75).toYuan()
  }
  if (/年薪|每年|一年/.test(words)) {
    slots.assume(`${slots.label(key)}为年收入，按 ÷ 12 折算月工资`)
    return exact(amount).div(12).toYuan()
  }
  return amount
}

export function calc(kind: OpinionCalculationRequest['kind'], input: Record<string, unknown>, ratio?: number) {
  const request: OpinionCalculationRequest = { kind, input }
  if (ratio !== undefined && ratio < 1) request.responsibilityRatio = ratio
  return request
}

/** Drops undefined fields so calculator input validation sees only what the resident gave. */
export function defined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
}
