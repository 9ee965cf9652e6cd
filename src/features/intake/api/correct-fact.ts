import type { IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

/** 不对，是3万 — the server finds the fact meant and keeps the conversation where it was. */
export async function correctFact(id: string, text: string): Promise<IntakeSession> {
  const { data } = await api.post<IntakeSession>(`/intake/sessions/${encodeURIComponent(id)}/corrections`, { text })
  return data
}
