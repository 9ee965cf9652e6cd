import type { AgreementVersion } from '@contract/agreements'
import { api } from '@/lib/api'

/** The exact text of the agreement version being signed, so the signer reads what the hash covers. */
export async function getAgreementText(caseId: string, version: number): Promise<AgreementVersion> {
  const { data } = await api.get<AgreementVersion>(`/cases/${encodeURIComponent(caseId)}/agreement/versions/${version}`)
  return data
}
