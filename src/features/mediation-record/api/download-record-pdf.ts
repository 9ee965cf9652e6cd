import { downloadBinary } from '@/lib/download-binary'

export interface RecordPdfTarget {
  caseId: string
  version: number
  caseNumber: string
}

/** One version of the record as a PDF: saved under its Chinese name (H5) or opened in the system viewer (weapp). */
export function downloadRecordPdf({ caseId, version, caseNumber }: RecordPdfTarget): Promise<void> {
  const base = `/cases/${encodeURIComponent(caseId)}/mediation-record`
  return downloadBinary({
    path: `${base}/pdf?version=${version}`,
    fileName: `调解笔录-${caseNumber}-v${version}.pdf`,
    refreshPath: `${base}/versions`,
    kind: 'pdf',
  })
}
