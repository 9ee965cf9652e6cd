import type { CalculationResult } from '@contract/calculators'
import { api } from '@/lib/api'

/** Rejects with an ApiError whose details name the offending field (e.g. `periods.0.days`). */
export async function runCalculator(kind: string, input: Record<string, unknown>): Promise<CalculationResult> {
  const { data } = await api.post<CalculationResult>(`/calculators/${encodeURIComponent(kind)}`, input, {
    skipAuth: true,
  })
  return data
}
