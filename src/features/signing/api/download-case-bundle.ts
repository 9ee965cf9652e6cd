import { downloadBinary } from '@/lib/download-binary'

/** The sealed case bundle (tar): PDFs, evidence, audit JSON, signed manifest, public key. */
export function downloadCaseBundle(caseId: string, caseLabel: string) {
  const base = `/cases/${encodeURIComponent(caseId)}`
  return downloadBinary({
    path: `${base}/bundle`,
    fileName: `${caseLabel}-案卷.tar`,
    refreshPath: `${base}/documents`,
    kind: 'other',
  })
}
