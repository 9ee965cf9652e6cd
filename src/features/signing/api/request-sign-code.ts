import type { SignCodeResponse, SignerRole } from '@contract/signatures'
import { api } from '@/lib/api'
import { documentPath } from './get-signing-status'

/** Sends the signing SMS code to the signer's own phone; refused out of turn (409 SIGNING_ORDER). */
export async function requestSignCode(
  caseId: string,
  documentRowId: string,
  as: SignerRole,
): Promise<SignCodeResponse> {
  const { data } = await api.post<SignCodeResponse>(`${documentPath(caseId, documentRowId)}/signing/code`, { as })
  return data
}
