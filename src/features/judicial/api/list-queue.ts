import type { JudicialQueue, JudicialStatus } from '@contract/judicial'
import { api } from '@/lib/api'

/** The clerk's court queue, optionally one status only. */
export async function listQueue(status?: JudicialStatus): Promise<JudicialQueue['items']> {
  const { data } = await api.get<JudicialQueue>('/judicial/queue', { params: status ? { status } : undefined })
  return data.items
}
