import type { TrackedInstalment } from '@contract/performance'
import { api } from '@/lib/api'

/** The payee confirms the money arrived. */
export async function confirmInstalmentReceived(instalmentId: string): Promise<TrackedInstalment> {
  const { data } = await api.post<TrackedInstalment>(
    `/performance/instalments/${encodeURIComponent(instalmentId)}/confirm`,
  )
  return data
}
