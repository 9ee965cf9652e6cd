import type { ConfirmRecordBody, MediationRecord } from '@contract/mediation-record'
import { api } from '@/lib/api'

/** Confirms exactly the text on screen: its version and SHA-256 (409 RECORD_VERSION_STALE when superseded). */
export async function confirmMediationRecord(caseId: string, shown: MediationRecord): Promise<MediationRecord> {
  const body: ConfirmRecordBody = { version: shown.version, sha256: shown.sha256 }
  const { data } = await api.post<MediationRecord>(
    `/cases/${encodeURIComponent(caseId)}/mediation-record/confirm`,
    body,
  )
  return data
}
