import type { MediationRecord } from '@contract/mediation-record'
import { api } from '@/lib/api'

export async function getRecordVersion(caseId: string, version: number): Promise<MediationRecord> {
  const { data } = await api.get<MediationRecord>(
    `/cases/${encodeURIComponent(caseId)}/mediation-record/versions/${version}`,
  )
  return data
}
