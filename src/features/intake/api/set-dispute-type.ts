import type { DisputeType, IntakeSession } from '@contract/intake'
import { api } from '@/lib/api'

export async function setDisputeType(id: string, disputeType: DisputeType): Promise<IntakeSession> {
  const { data } = await api.put<IntakeSession>(`/intake/sessions/${encodeURIComponent(id)}/type`, { disputeType })
  return data
}
