import type { CatalogueDetail, DisputeType } from '@contract/intake'
import { api } from '@/lib/api'

/** One dispute type's questions (with choices), used to edit facts on the summary card. */
export async function getCatalogueType(code: DisputeType): Promise<CatalogueDetail> {
  const { data } = await api.get<CatalogueDetail>(`/intake/catalogue/${encodeURIComponent(code)}`, { skipAuth: true })
  return data
}
