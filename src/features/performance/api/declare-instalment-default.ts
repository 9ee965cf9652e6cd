import type { DefaultRoute } from '@contract/performance'
import { api } from '@/lib/api'

/** The payee (or the mediator) records that an overdue instalment was not paid; returns the route open now. */
export async function declareInstalmentDefault(instalmentId: string): Promise<DefaultRoute> {
  const { data } = await api.post<DefaultRoute>(`/performance/instalments/${encodeURIComponent(instalmentId)}/default`)
  return data
}
