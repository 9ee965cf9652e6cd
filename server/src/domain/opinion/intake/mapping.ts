import type { OpinionCalculationRequest } from '@contract/opinions'
import type { FigureKind } from '../../regional-figures/regional-figure'
import type { ClaimedItem } from '../opinion-input'
import type { SlotReader } from './slot-reader'

/** Which statistical year of the case's region holds a figure kind, chosen by the service from the table. */
export type FigureSource = (kind: FigureKind) => { region: string; year: number; regionName: string } | undefined

export interface MappingContext {
  narrative: string
  /** Beijing date of generation (YYYY-MM-DD): the end of open-ended periods (loan interest, late delivery). */
  today: string
  figures: FigureSource
}

/** What one dispute type's mapper produces from the slots. */
export interface MappedAmounts {
  calculations: OpinionCalculationRequest[]
  claimedItems: ClaimedItem[]
}

export type DisputeMapper = (slots: SlotReader, context: MappingContext) => MappedAmounts

export const empty = (): MappedAmounts => ({ calculations: [], claimedItems: [] })

/** The regional figure for a calculator, or a stated gap naming the figure and the region. */
export function regional(
  slots: SlotReader,
  context: MappingContext,
  kind: FigureKind,
  label: string,
): { region: string; year: number } | undefined {
  const source = context.figures(kind)
  if (!source) {
    slots.missing.push(`地区统计数据：本案所在地区的${label}（地区数据表中没有，请管理员补充或在生成时直接填写）`)
    return undefined
  }
  const expected = Number(context.today.slice(0, 4)) - 1
  slots.assume(
    source.year === expected
      ? `${label}按${source.regionName}${source.year}年度数据计算`
      : `${label}按${source.regionName}${source.year}年度数据计算（数据表中最近的年度；法院通常适用上一统计年度即${expected}年度的数据，请核实）`,
  )
  return { region: source.region, year: source.year }
}
