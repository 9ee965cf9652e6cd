import type { ServeBody } from '@contract/service'
import { api } from '@/lib/api'

/** Staff: serve the sealed agreement or a PDF already in the case to every party; returns the copies served. */
export async function serveCaseDocument(caseId: string, body: ServeBody): Promise<number> {
  const { data } = await api.post<{ served: number }>(`/inbox/cases/${encodeURIComponent(caseId)}/serve`, body)
  return data.served
}
