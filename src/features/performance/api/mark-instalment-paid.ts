import type { TrackedInstalment } from '@contract/performance'
import { api } from '@/lib/api'

/** The payer marks paid, pointing at the receipt photo already uploaded to the case. */
export async function markInstalmentPaid(instalmentId: string, receiptFileId: string): Promise<TrackedInstalment> {
  const { data } = await api.post<TrackedInstalment>(
    `/performance/instalments/${encodeURIComponent(instalmentId)}/paid`,
    {
      receiptFileId,
    },
  )
  return data
}
