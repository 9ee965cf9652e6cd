import { downloadBinary } from '@/lib/download-binary'
import { documentPath } from './get-signing-status'

/** The sealed final PDF (signatures, seal, audit-trail page with the verification code). */
export function downloadSignedPdf(caseId: string, documentRowId: string, title: string, version: number) {
  const path = documentPath(caseId, documentRowId)
  return downloadBinary({
    path: `${path}/signed.pdf`,
    fileName: `${title}-第${version}版-已签署.pdf`,
    refreshPath: `${path}/signing`,
    kind: 'pdf',
  })
}
