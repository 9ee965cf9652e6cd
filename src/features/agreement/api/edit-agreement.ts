import type { AgreementContent, AgreementVersion } from '@contract/agreements'
import { api } from '@/lib/api'

/** A new version on top of `baseVersion`; 409 AGREEMENT_VERSION_CONFLICT when someone else saved first. */
export async function editAgreement(
  caseId: string,
  content: AgreementContent,
  baseVersion: number,
): Promise<AgreementVersion> {
  const { data } = await api.put<AgreementVersion>(`/cases/${encodeURIComponent(caseId)}/agreement`, {
    ...content,
    baseVersion,
  })
  return data
}
