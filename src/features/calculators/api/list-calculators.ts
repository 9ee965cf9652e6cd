import type { CalculatorList } from '@contract/calculators'
import { api } from '@/lib/api'

/** Every calculator with its JSON input schema; the form is generated from it, so new kinds need no client release. */
export async function listCalculators(): Promise<CalculatorList> {
  const { data } = await api.get<CalculatorList>('/calculators', { skipAuth: true })
  return data
}
