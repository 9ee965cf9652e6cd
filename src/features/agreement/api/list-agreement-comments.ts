import type { AgreementComment } from '@contract/agreements'
import { api } from '@/lib/api'

export async function listAgreementComments(caseId: string): Promise<AgreementComment[]> {
  const { data } = await api.get<{ items: AgreementComment[] }>(
    `/cases/${encodeURIComponent(caseId)}/agreement/comments`,
  )
  return data.items
}
