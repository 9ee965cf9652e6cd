import type { ServedDocument } from '@contract/service'
import { api } from '@/lib/api'

/** The first open is the receipt (回执); later opens keep the first time. */
export async function openServedDocument(servedId: string): Promise<ServedDocument> {
  const { data } = await api.post<ServedDocument>(`/inbox/${encodeURIComponent(servedId)}/open`)
  return data
}
