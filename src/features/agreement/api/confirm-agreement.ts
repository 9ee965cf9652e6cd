import type { AgreementVersion } from '@contract/agreements'
import { api } from '@/lib/api'

/** The party confirms exactly the text it was shown: the version and that text's SHA-256. */
export async function confirmAgreement(caseId: string, shown: AgreementVersion): Promise<AgreementVersion> {
  const { data } = await api.post<AgreementVersion>(`/cases/${encodeURIComponent(caseId)}/agreement/confirm`, {
    version: shown.version,
    documentSha256: shown.sha256,
  })
  return data
}
