import type { Routing } from '@contract/intake'
import { api } from '@/lib/api'

/**
 * The competent committee with the reason, and the others the resident may choose. Without a region the server
 * reads the place from the facts.
 */
export async function getRouting(id: string, regionCode: string | null): Promise<Routing> {
  const { data } = await api.get<Routing>(`/intake/sessions/${encodeURIComponent(id)}/routing`, {
    params: regionCode ? { regionCode } : undefined,
  })
  return data
}
