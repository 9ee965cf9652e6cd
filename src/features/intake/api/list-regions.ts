import type { Region } from '@contract/organisations'
import { api } from '@/lib/api'

/** The whole region tree of the deployment (a county's streets and communities: small). */
export async function listRegions(): Promise<Region[]> {
  const { data } = await api.get<{ items: Region[] }>('/regions', { skipAuth: true })
  return data.items
}
