import type { SubmitBody, SubmitResponse } from '@contract/intake'
import { api } from '@/lib/api'

/** Creates the case (待受理) at the chosen committee. */
export async function submitIntake(id: string, body: SubmitBody): Promise<SubmitResponse> {
  const { data } = await api.post<SubmitResponse>(`/intake/sessions/${encodeURIComponent(id)}/submit`, body)
  return data
}
