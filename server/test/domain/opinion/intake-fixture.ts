import type { FigureLookup, FigureKind } from '../../../src/domain/regional-figures/regional-figure'
import type { FigureSource, IntakeSources, StoredSlot } from '../../../src/domain/opinion/from-intake-facts'

/** A slot as case-submission stores it. */
export const slot = (value: unknown, extra: Partial<StoredSlot> = {}): StoredSlot => ({
  status: 'filled',
  value,
  ...extra,
})

/** Regional figures of a made-up province, for tests only: the year is the one courts use in 2026. */
export const FIGURES: Partial<Record<FigureKind, number>> = {
  urbanDisposableIncome: 50000,
  averageAnnualWage: 120000,
  hospitalMealDailyRate: 100,
}

export const figureSource: FigureSource = (kind) =>
  FIGURES[kind] === undefined ? undefined : { region: '990000', year: 2025, regionName: '测试省' }

export const figureLookup: FigureLookup = (region, year, kind) =>
  region === '990000' && year === 2025 && FIGURES[kind] !== undefined
    ? {
        regionCode: region,
        regionName: '测试省',
        year,
        kind,
        value: FIGURES[kind]!,
        source: '测试数据',
        verified: true,
      }
    : undefined

export function intakeCase(disputeType: string, slots: IntakeSources['slots'], narrative = ''): IntakeSources {
  return {
    disputeType,
    narrative,
    slots,
    applicantName: '张三',
    respondentName: '某某公司',
    today: '2026-01-01',
    figures: () => undefined,
    uploadedFiles: [],
    factSheet: [],
  }
}
