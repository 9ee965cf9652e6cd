import type { MediationRecord, RecordContent, SaveRecordBody } from '@contract/mediation-record'
import { api } from '@/lib/api'

/** Mediator: the edits as a new version on top of `baseVersion`; 409 RECORD_VERSION_STALE when it is not the latest. */
export async function saveMediationRecord(
  caseId: string,
  content: RecordContent,
  baseVersion: number,
): Promise<MediationRecord> {
  const body: SaveRecordBody = { baseVersion, content }
  const { data } = await api.put<MediationRecord>(`/cases/${encodeURIComponent(caseId)}/mediation-record`, body)
  return data
}
