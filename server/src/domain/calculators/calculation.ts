import type { CalculationResult, CalculatorKind, FigureUsed, LegalBasis } from '@contract/calculators'
import { Exact, sum } from './exact'

/** One head of the calculation while still exact. */
export interface ExactItem {
  key: string
  label: string
  amount: Exact
  formula: string
  basis: LegalBasis[]
}

/** What a calculator produces before rounding: the route and the opinion both round through `finish`. */
export interface Calculation {
  items: ExactItem[]
  warnings: string[]
  figuresUsed: FigureUsed[]
}

/** Rounds each item and the exact total to the fen (the only rounding step). */
export function finish(kind: CalculatorKind, calculation: Calculation): CalculationResult {
  return {
    kind,
    total: sum(calculation.items.map((i) => i.amount)).toYuan(),
    items: calculation.items.map((i) => ({ ...i, amount: i.amount.toYuan() })),
    warnings: calculation.warnings,
    figuresUsed: calculation.figuresUsed,
  }
}

export function newCalculation(): Calculation {
  return { items: [], warnings: [], figuresUsed: [] }
}
