import type { ServedDocument } from '@contract/service'
import { api } from '@/lib/api'

/** Staff: every party's copy of every document served in the case, with its receipt. */
export async function listCaseReceipts(caseId: string): Promise<ServedDocument[]> {
  const { data } = await api.get<{ items: ServedDocument[] }>(`/inbox/cases/${encodeURIComponent(caseId)}/receipts`)
  return data.items
}
