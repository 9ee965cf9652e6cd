import { FIGURE_KIND_VALUES } from '@contract/calculators'

/**
 * Regional statistics the calculators need, keyed by region code and statistical year. `year` is the year the
 * figure describes (PI-Interp 22: courts use the statistical year before the end of first-instance debate).
 */
export const FIGURE_KINDS = FIGURE_KIND_VALUES
export type FigureKind = (typeof FIGURE_KIND_VALUES)[number]

export const FIGURE_LABELS: Record<FigureKind, { label: string; unit: string }> = {
  urbanDisposableIncome: { label: '城镇居民人均可支配收入', unit: '元/年' },
  urbanConsumption: { label: '城镇居民人均消费支出', unit: '元/年' },
  averageAnnualWage: { label: '职工年平均工资', unit: '元/年' },
  minimumMonthlyWage: { label: '月最低工资标准', unit: '元/月' },
  hospitalMealDailyRate: { label: '住院伙食补助费标准', unit: '元/天' },
}

export interface RegionalFigure {
  regionCode: string
  regionName: string
  year: number
  kind: FigureKind
  value: number
  /** Who published it and where; says so plainly when the figure has not been checked against the original. */
  source: string
  verified: boolean
}

/** Synchronous lookup handed to the pure calculators; the service preloads it from the database. */
export type FigureLookup = (regionCode: string, year: number, kind: FigureKind) => RegionalFigure | undefined

export function lookupFrom(figures: readonly RegionalFigure[]): FigureLookup {
  const index = new Map(figures.map((f) => [`${f.regionCode}|${f.year}|${f.kind}`, f]))
  return (regionCode, year, kind) => index.get(`${regionCode}|${year}|${kind}`)
}
