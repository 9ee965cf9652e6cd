import type { SignerRole, SigningStatus } from '@contract/signatures'
import { api } from '@/lib/api'
import { documentPath } from './get-signing-status'

export interface SignInput {
  as: SignerRole
  /** SHA-256 of the text the signer was shown. */
  documentSha256: string
  code: string
  /** PNG data URL from the handwriting pad. */
  signatureImage: string
}

/** Parties and the mediator sign; the committee admin applies the seal, which makes the document effective. */
export async function signDocument(caseId: string, documentRowId: string, input: SignInput): Promise<SigningStatus> {
  const { as, ...body } = input
  const path = documentPath(caseId, documentRowId)
  const { data } =
    as === 'committee'
      ? await api.post<SigningStatus>(`${path}/signing/seal`, body)
      : await api.post<SigningStatus>(`${path}/signing/sign`, { ...body, as })
  return data
}
