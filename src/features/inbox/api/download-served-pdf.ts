import { downloadBinary } from '@/lib/download-binary'

export interface ServedPdf {
  id: string
  title: string
}

/** The served PDF (downloading also counts as opening on the server). */
export function downloadServedPdf(served: ServedPdf): Promise<void> {
  return downloadBinary({
    path: `/inbox/${encodeURIComponent(served.id)}/pdf`,
    fileName: `${served.title}.pdf`,
    refreshPath: '/inbox',
    kind: 'pdf',
  })
}
