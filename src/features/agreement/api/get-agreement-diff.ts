import type { AgreementDiff } from '@contract/agreements'
import { api } from '@/lib/api'

export async function getAgreementDiff(caseId: string, from: number, to: number): Promise<AgreementDiff> {
  const { data } = await api.get<AgreementDiff>(
    `/cases/${encodeURIComponent(caseId)}/agreement/diff?from=${from}&to=${to}`,
  )
  return data
}
