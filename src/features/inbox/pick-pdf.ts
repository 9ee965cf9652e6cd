import Taro from '@tarojs/taro'

/** A PDF the user chose: a path for Taro.uploadFile (mini-program) or the File itself (browser). */
export interface PickedPdf {
  name: string
  size: number
  filePath?: string
  blob?: Blob
}

/** As the server's per-kind limit for PDFs (domain/files/file-size-limits.ts). */
export const MAX_PDF_BYTES = 20 * 1024 * 1024

/** Checks the choice before uploading, so the user hears about it at once; the server checks the bytes again. */
export function pickedPdfError(pdf: PickedPdf): string | null {
  if (!/\.pdf$/i.test(pdf.name) && pdf.blob?.type !== 'application/pdf') return '请选择 PDF 文件'
  if (pdf.size > MAX_PDF_BYTES) return 'PDF 文件不能超过20MB'
  if (pdf.size === 0) return '文件为空，请重新选择'
  return null
}

/**
 * Mini-program: a PDF from a WeChat chat (the only place a phone keeps documents the mini-program can reach).
 * Returns null when the user cancels.
 */
export async function choosePdfFromChat(): Promise<PickedPdf | null> {
  try {
    const result = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
    const file = result.tempFiles[0]
    return file ? { name: file.name, size: file.size, filePath: file.path } : null
  } catch {
    return null
  }
}

/** Browser: the File from an <input type="file">. */
export function pdfFromFile(file: File): PickedPdf {
  return { name: file.name, size: file.size, blob: file }
}
