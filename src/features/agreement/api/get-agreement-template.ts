import type { AgreementTemplate } from '@contract/agreements'
import { api } from '@/lib/api'

/** The per-dispute-type starting draft filled from the case (mediator only). */
export async function getAgreementTemplate(caseId: string): Promise<AgreementTemplate> {
  const { data } = await api.get<AgreementTemplate>(`/cases/${encodeURIComponent(caseId)}/agreement/template`)
  return data
}
