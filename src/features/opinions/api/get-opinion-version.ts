import type { Opinion } from '@contract/opinions'
import { api } from '@/lib/api'

export async function getOpinionVersion(caseId: string, version: number): Promise<Opinion> {
  const { data } = await api.get<Opinion>(`/cases/${encodeURIComponent(caseId)}/opinions/${version}`)
  return data
}
