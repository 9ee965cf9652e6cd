import type { AgreementVersion } from '@contract/agreements'
import { api } from '@/lib/api'

export async function getAgreementVersion(caseId: string, version: number): Promise<AgreementVersion> {
  const { data } = await api.get<AgreementVersion>(`/cases/${encodeURIComponent(caseId)}/agreement/versions/${version}`)
  return data
}
