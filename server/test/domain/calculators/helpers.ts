import { AppError } from '../../../src/lib/app-error'
import { runCalculator } from '../../../src/domain/calculators/registry'
import type { CalculatorContext } from '../../../src/domain/calculators/context'

export const calc = (kind: string, body: unknown, context?: CalculatorContext) => runCalculator(kind, body, context)

/** Asserts a 400 with the stable code and the offending field named in details. */
export function expectInputError(run: () => unknown, code: string, field: string): AppError {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(AppError)
  const error = caught as AppError
  expect(error.statusCode).toBe(400)
  expect(error.code).toBe(code)
  expect(error.details?.[0]?.field).toBe(field)
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
  return error
}
