import { downloadBinary } from '@/lib/download-binary'

export interface OpinionPdfTarget {
  caseId: string
  version: number
  caseNumber: string
}

/** One version of the opinion as a PDF: saved under its Chinese name (H5) or opened in the system viewer (weapp). */
export function downloadOpinionPdf({ caseId, version, caseNumber }: OpinionPdfTarget): Promise<void> {
  const base = `/cases/${encodeURIComponent(caseId)}/opinions`
  return downloadBinary({
    path: `${base}/${version}/pdf`,
    fileName: `法律意见书-${caseNumber}-v${version}.pdf`,
    refreshPath: base,
    kind: 'pdf',
  })
}
