import type { TransferBody } from '@contract/assignment'
import { api } from '@/lib/api'

export async function transferCase(caseId: string, body: TransferBody): Promise<void> {
  await api.post(`/cases/${encodeURIComponent(caseId)}/transfer`, body)
}
