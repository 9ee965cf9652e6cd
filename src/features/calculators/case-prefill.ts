import type { CaseDetail } from '@contract/cases'
import type { FormValues } from './form-values'
import { fractionToPercent, type FieldSpec } from './input-fields'

/**
 * Prefills the calculator from a case. Two sources, best first: calculator inputs already stored with the case
 * (`facts.calculations`, also what the legal opinion uses), then the intake answers (`facts.slots`). Facts are
 * read defensively: intake owns their format, and a value that does not fit a field is simply left out.
 */
interface StoredCalculation {
  kind: string
  input: Record<string, unknown>
}

interface SlotState {
  status?: string
  value?: unknown
}

/** Intake slot → calculator fields it can fill (the first one the calculator has). */
const SLOT_FIELDS: Record<string, string[]> = {
  average_monthly_wage: ['averageMonthlyWage', 'monthlyWage', 'ownMonthlyWage', 'monthlyIncome'],
  monthly_wage: ['monthlyWage', 'averageMonthlyWage', 'ownMonthlyWage', 'monthlyIncome'],
  employment_start: ['startDate', 'hireDate'],
  employment_end: ['endDate'],
  loan_date: ['startDate'],
  principal: ['principal'],
  agreed_delivery_date: ['agreedDate'],
  actual_delivery_date: ['deliveredDate'],
  total_price: ['price'],
  disability_grade: ['grade'],
}

/** Which calculator a dispute type most likely needs, when the case stores none. */
const KIND_FOR_DISPUTE: Record<string, string> = {
  wage_arrears: 'economic-compensation',
  labor_termination: 'economic-compensation',
  work_injury: 'work-injury-disability-subsidy',
  property_delivery: 'late-delivery-penalty',
  private_loan: 'loan-interest',
  personal_injury: 'lost-income',
  traffic_accident: 'lost-income',
  medical: 'lost-income',
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function storedCalculations(detail: CaseDetail): StoredCalculation[] {
  const list = isRecord(detail.facts) ? detail.facts.calculations : undefined
  if (!Array.isArray(list)) return []
  return list.filter(
    (entry): entry is StoredCalculation => isRecord(entry) && typeof entry.kind === 'string' && isRecord(entry.input),
  )
}

function filledSlots(detail: CaseDetail): Record<string, unknown> {
  const slots = isRecord(detail.facts) ? detail.facts.slots : undefined
  if (!isRecord(slots)) return {}
  const values: Record<string, unknown> = {}
  for (const [key, state] of Object.entries(slots)) {
    const slot = state as SlotState
    if (isRecord(slot) && slot.status === 'filled' && slot.value !== undefined) values[key] = slot.value
  }
  return values
}

export function suggestKind(detail: CaseDetail, available: string[]): string | null {
  const candidates = [...storedCalculations(detail).map((entry) => entry.kind), KIND_FOR_DISPUTE[detail.disputeType]]
  return candidates.find((kind) => kind !== undefined && available.includes(kind)) ?? null
}

/** A wire value as the text the form shows (percent fields in %). */
function toText(field: FieldSpec, value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(field.kind === 'percent' ? fractionToPercent(value) : value)
  }
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  return null
}

function slotText(field: FieldSpec, value: unknown): string | null {
  if (field.kind === 'date') return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null
  if (field.key === 'grade') {
    const grade = typeof value === 'string' ? /^grade_(\d+)$/.exec(value)?.[1] : undefined
    return grade ?? null
  }
  return typeof value === 'number' && value >= 0 ? String(value) : null
}

/** Values for `kind`'s fields taken from the case; fields it cannot fill are absent. */
export function prefillValues(detail: CaseDetail, kind: string, fields: FieldSpec[]): FormValues {
  const values: FormValues = {}
  const stored = storedCalculations(detail).find((entry) => entry.kind === kind)
  if (stored) {
    for (const field of fields) {
      const raw = stored.input[field.key]
      if (field.kind === 'list' && Array.isArray(raw)) {
        values[field.key] = raw
          .filter(isRecord)
          .map((row) =>
            Object.fromEntries(
              (field.itemFields ?? []).map((inner) => [inner.key, toText(inner, row[inner.key]) ?? '']),
            ),
          )
      } else {
        const text = toText(field, raw)
        if (text !== null) values[field.key] = text
      }
    }
    return values
  }

  const slots = filledSlots(detail)
  for (const [slot, targets] of Object.entries(SLOT_FIELDS)) {
    if (!(slot in slots)) continue
    const field = fields.find((candidate) => targets.includes(candidate.key) && !(candidate.key in values))
    const text = field ? slotText(field, slots[slot]) : null
    if (field && text !== null) values[field.key] = text
  }
  return values
}

/** Region + year stored with the case's calculation, for the regional-figures switch. */
export function storedRegion(detail: CaseDetail, kind: string): { region: string; year: string } | null {
  const input = storedCalculations(detail).find((entry) => entry.kind === kind)?.input
  if (!input || typeof input.region !== 'string' || typeof input.year !== 'number') return null
  return { region: input.region, year: String(input.year) }
}
