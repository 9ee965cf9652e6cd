import type { Region } from '@contract/organisations'
import { api } from '@/lib/api'

/** The deployment's region tree; the officer picks where the dispute happened. */
export async function listRegions(): Promise<Region[]> {
  const { data } = await api.get<{ items: Region[] }>('/regions', { skipAuth: true })
  return data.items
}
