import type { FactItem, MarkFactBody } from '@contract/fact-sheet'
import { api } from '@/lib/api'

/** 同意 or 有异议 (with the reason); marking again replaces the earlier mark. */
export async function markFact(caseId: string, factId: string, body: MarkFactBody): Promise<FactItem> {
  const { data } = await api.put<FactItem>(
    `/cases/${encodeURIComponent(caseId)}/fact-sheet/facts/${encodeURIComponent(factId)}/mark`,
    body,
  )
  return data
}
