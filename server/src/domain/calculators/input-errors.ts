import { AppError } from '../../lib/app-error'

/** Stable codes for calculator input problems; every error names the offending field. */
export const CALCULATOR_ERROR_CODES = {
  inputNotObject: 'CALC_INPUT_NOT_OBJECT',
  fieldRequired: 'CALC_FIELD_REQUIRED',
  notNumber: 'CALC_FIELD_NOT_NUMBER',
  notInteger: 'CALC_FIELD_NOT_INTEGER',
  outOfRange: 'CALC_FIELD_OUT_OF_RANGE',
  invalidValue: 'CALC_FIELD_INVALID',
  invalidDate: 'CALC_DATE_INVALID',
  dateOrder: 'CALC_DATE_ORDER',
  conflict: 'CALC_FIELDS_CONFLICT',
  figureNotFound: 'CALC_FIGURE_NOT_FOUND',
  unknownKind: 'CALC_KIND_UNKNOWN',
} as const

export function calculatorInputError(code: string, field: string, message: string): AppError {
  return new AppError(400, code, message, [{ field, message }])
}
