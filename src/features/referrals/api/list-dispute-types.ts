import type { CatalogueList } from '@contract/intake'
import { api } from '@/lib/api'

/** The dispute types the officer can pick from (same catalogue the intake robot uses). */
export async function listDisputeTypes(): Promise<CatalogueList['items']> {
  const { data } = await api.get<CatalogueList>('/intake/catalogue', { skipAuth: true })
  return data.items
}
