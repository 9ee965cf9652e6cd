import type { DefaultRoute } from '@contract/performance'
import { api } from '@/lib/api'

/** After a default: enforcement (CPL 250, pre-filled) with a confirmation ruling, otherwise a lawsuit (PML 32). */
export async function getDefaultRoute(instalmentId: string): Promise<DefaultRoute> {
  const { data } = await api.get<DefaultRoute>(`/performance/instalments/${encodeURIComponent(instalmentId)}/route`)
  return data
}
