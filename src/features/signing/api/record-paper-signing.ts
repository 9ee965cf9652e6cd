import { api } from '@/lib/api'
import { documentPath } from './get-signing-status'

/** ESL art 3 documents: the mediator records that the paper copy was signed. */
export async function recordPaperSigning(caseId: string, documentRowId: string, note: string): Promise<void> {
  await api.post(`${documentPath(caseId, documentRowId)}/signing/paper`, { note })
}
