import type { AgreementContent, AgreementVersion } from '@contract/agreements'
import { api } from '@/lib/api'

/** Version 1 (409 AGREEMENT_EXISTS when a draft is already there). */
export async function draftAgreement(caseId: string, content: AgreementContent): Promise<AgreementVersion> {
  const { data } = await api.post<AgreementVersion>(`/cases/${encodeURIComponent(caseId)}/agreement`, content)
  return data
}
