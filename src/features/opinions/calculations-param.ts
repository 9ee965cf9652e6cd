import type { OpinionCalculationRequest } from '@contract/opinions'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The `calculations` page parameter: calculator inputs handed over by the calculator page (JSON), used when the
 * case's own facts hold none. Anything malformed is dropped: the server validates each input again anyway.
 */
export function parseCalculationsParam(raw: string | undefined): OpinionCalculationRequest[] {
  if (!raw) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    try {
      parsed = JSON.parse(decodeURIComponent(raw))
    } catch {
      return []
    }
  }
  if (!Array.isArray(parsed)) return []
  return parsed
    .filter((entry) => isRecord(entry) && typeof entry.kind === 'string' && isRecord(entry.input))
    .map((entry) => ({ kind: entry.kind, input: entry.input }) as OpinionCalculationRequest)
}
