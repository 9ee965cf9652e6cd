import { api } from '@/lib/api'

/** 受理: the committee takes the case on; the mediation deadline starts now. */
export async function acceptCase(caseId: string): Promise<void> {
  await api.post(`/cases/${encodeURIComponent(caseId)}/accept`, {})
}
