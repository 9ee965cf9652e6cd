import { FIGURE_LABELS, type FigureKind, type FigureLookup } from '../regional-figures/regional-figure'
import { Exact, exact } from './exact'
import type { CalculatorInput } from './input'
import { CALCULATOR_ERROR_CODES as CODES, calculatorInputError } from './input-errors'
import type { Calculation } from './calculation'

export interface CalculatorContext {
  /** Regional statistics; without it, `region` + `year` cannot replace an explicit figure. */
  figures?: FigureLookup
}

export interface FigureSpec {
  field: string
  label: string
  kind: FigureKind
  /** The table holds yearly wages; monthly fields take one twelfth, exactly. */
  monthlyFromAnnual?: boolean
}

/**
 * An explicit input wins; otherwise the figure comes from the regional table by `region` + `year`, and its
 * source is recorded in `figuresUsed` (with a warning when it is not verified). An optional figure missing from
 * the table is skipped with a warning; a required one is a 400 naming `region`.
 */
export function optionalFigure(
  input: CalculatorInput,
  context: CalculatorContext,
  calculation: Calculation,
  spec: FigureSpec,
  required = false,
): Exact | undefined {
  if (input.has(spec.field)) return exact(input.number(spec.field, spec.label))
  if (!input.has('region')) return undefined
  const year = input.number('year', '统计年度', { integer: true, min: 1990, max: 2100 })
  const region = input.text('region', '地区代码')
  const figure = context.figures?.(region, year, spec.kind)
  if (!figure) {
    const missing = `地区数据表中没有 ${region} 地区 ${year} 年度的${FIGURE_LABELS[spec.kind].label}`
    if (required)
      throw calculatorInputError(CODES.figureNotFound, 'region', `${missing}，请直接填写${spec.label}（${spec.field}）`)
    calculation.warnings.push(`${missing}，未适用${spec.label}；如需适用请填写 ${spec.field}`)
    return undefined
  }
  const { label, unit } = FIGURE_LABELS[spec.kind]
  const name = `${figure.regionName}${figure.year}年度${label}`
  calculation.figuresUsed.push({ name, value: figure.value, unit, source: figure.source })
  if (!figure.verified) {
    calculation.warnings.push(
      `${name}（${figure.value}${unit}）尚未与官方公报核对，请核实后使用（来源：${figure.source}）`,
    )
  }
  return spec.monthlyFromAnnual ? exact(figure.value).div(12) : exact(figure.value)
}

export function requiredFigure(
  input: CalculatorInput,
  context: CalculatorContext,
  calculation: Calculation,
  spec: FigureSpec,
): Exact {
  const value = optionalFigure(input, context, calculation, spec, true)
  if (value === undefined) {
    throw calculatorInputError(
      CODES.fieldRequired,
      spec.field,
      `请填写${spec.label}（${spec.field}），或提供地区（region）与统计年度（year）`,
    )
  }
  return value
}
