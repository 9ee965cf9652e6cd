import type { RecordVersionList } from '@contract/mediation-record'
import { api } from '@/lib/api'

export async function listRecordVersions(caseId: string): Promise<RecordVersionList['items']> {
  const { data } = await api.get<RecordVersionList>(`/cases/${encodeURIComponent(caseId)}/mediation-record/versions`)
  return data.items
}
