import type { AgreementVersionList } from '@contract/agreements'
import { api } from '@/lib/api'

/** Newest first. */
export async function listAgreementVersions(caseId: string): Promise<AgreementVersionList> {
  const { data } = await api.get<AgreementVersionList>(`/cases/${encodeURIComponent(caseId)}/agreement/versions`)
  return data
}
