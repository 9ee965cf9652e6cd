import { lookupFrom, type RegionalFigure } from '../../../src/domain/regional-figures/regional-figure'
import { SEED_FIGURES } from '../../../src/domain/regional-figures/seed-figures'
import { CALCULATOR_ERROR_CODES as CODES } from '../../../src/domain/calculators/input-errors'
import { calc, expectInputError } from './helpers'

const figures: RegionalFigure[] = [
  {
    regionCode: '500000',
    regionName: '重庆市',
    year: 2023,
    kind: 'urbanDisposableIncome',
    value: 47435,
    source: '测试来源',
    verified: false,
  },
  {
    regionCode: '500000',
    regionName: '重庆市',
    year: 2023,
    kind: 'averageAnnualWage',
    value: 101670,
    source: '测试来源',
    verified: true,
  },
  {
    regionCode: '500000',
    regionName: '重庆市',
    year: 2023,
    kind: 'hospitalMealDailyRate',
    value: 100,
    source: '测试来源',
    verified: true,
  },
]
const context = { figures: lookupFrom(figures) }

describe('figures from the regional table', () => {
  it('takes the disposable income by region + year and records the source', () => {
    const result = calc('death-compensation', { region: '500000', year: 2023, age: 30 }, context)
    expect(result.total).toBe(948700)
    expect(result.figuresUsed).toEqual([
      { name: '重庆市2023年度城镇居民人均可支配收入', value: 47435, unit: '元/年', source: '测试来源' },
    ])
    expect(result.warnings.join()).toContain('尚未与官方公报核对')
  })

  it('turns the annual wage into a monthly one exactly (funeral = annual ÷ 12 × 6)', () => {
    const result = calc('funeral', { region: '500000', year: 2023 }, context)
    expect(result.total).toBe(50835)
    expect(result.items[0].formula).toContain('101670 元 ÷ 12')
    expect(result.warnings).toEqual([])
  })

  it('applies the 3× cap from the table', () => {
    // 101670 ÷ 12 × 3 = 25417.5
    const result = calc(
      'economic-compensation',
      { averageMonthlyWage: 40000, serviceMonths: 24, region: '500000', year: 2023 },
      context,
    )
    expect(result.total).toBe(50835)
    // The table has no minimum wage for this region: the optional floor is skipped with a warning, not an error.
    expect(result.warnings.join()).toContain('未适用当地最低工资标准')
  })

  it('an explicit figure wins over the table', () => {
    expect(calc('hospital-meal', { dailyRate: 50, days: 10, region: '500000', year: 2023 }, context).total).toBe(500)
    expect(calc('hospital-meal', { days: 10, region: '500000', year: 2023 }, context).total).toBe(1000)
  })

  it('names region when the table has no such figure, and year when it is missing', () => {
    expectInputError(
      () => calc('death-compensation', { region: '110000', year: 2023, age: 30 }, context),
      CODES.figureNotFound,
      'region',
    )
    expectInputError(
      () => calc('death-compensation', { region: '500000', age: 30 }, context),
      CODES.fieldRequired,
      'year',
    )
    expectInputError(
      () => calc('death-compensation', { age: 30 }, context),
      CODES.fieldRequired,
      'perCapitaDisposableIncome',
    )
  })
})

describe('seed figures', () => {
  it('name a source for every figure and are unique by region, year and kind', () => {
    const keys = new Set(SEED_FIGURES.map((f) => `${f.regionCode}|${f.year}|${f.kind}`))
    expect(keys.size).toBe(SEED_FIGURES.length)
    for (const figure of SEED_FIGURES) {
      expect(figure.source.length).toBeGreaterThan(10)
      expect(figure.value).toBeGreaterThan(0)
      if (!figure.verified) expect(figure.source).toContain('核对')
    }
    expect(SEED_FIGURES.some((f) => f.regionCode === '500000')).toBe(true)
  })
})
