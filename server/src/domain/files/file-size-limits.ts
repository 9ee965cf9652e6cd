import type { FileCheckError, FileCheckResult } from './file-check-error'
import { FILE_KIND_LABELS, type FileKind } from './file-formats'

const MB = 1024 * 1024

/** Per-kind upload limits. A phone photo or a few minutes of voice fits in 10 MB; scanned PDFs need more. */
export const FILE_SIZE_LIMITS: Readonly<Record<FileKind, number>> = {
  image: 10 * MB,
  audio: 10 * MB,
  pdf: 20 * MB,
}

/** The largest limit: what the multipart parser may accept before the kind is known. */
export function maxUploadBytes(limits: Readonly<Record<FileKind, number>> = FILE_SIZE_LIMITS): number {
  return Math.max(...Object.values(limits))
}

/** `10485760` → `10 MB`, `1536` → `1.5 KB`: for messages people read. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trimNumber(bytes / MB)} MB`
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`
  return `${bytes} B`
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10)
}

export function checkFileSize(
  kind: FileKind,
  sizeBytes: number,
  limits: Readonly<Record<FileKind, number>> = FILE_SIZE_LIMITS,
  field = 'file',
): FileCheckResult<{ sizeBytes: number }> {
  if (!Number.isFinite(sizeBytes) || sizeBytes < 0) {
    throw new RangeError(`sizeBytes must be a non-negative number, got ${sizeBytes}`)
  }
  if (sizeBytes === 0) {
    return { ok: false, error: { code: 'FILE_EMPTY', message: '文件为空，请重新选择', field } }
  }
  const limitBytes = limits[kind]
  if (sizeBytes > limitBytes) {
    const limitText = formatBytes(limitBytes)
    const sizeText = formatBytes(sizeBytes)
    // Rounding can make "10 MB + 1 byte" print as 10 MB: say "slightly over" rather than two equal numbers.
    const current = sizeText === limitText ? `略超过 ${limitText}` : `当前 ${sizeText}`
    const error: FileCheckError = {
      code: 'FILE_TOO_LARGE',
      message: `${FILE_KIND_LABELS[kind]}不能超过 ${limitText}（${current}）`,
      field,
      limitBytes,
      sizeBytes,
    }
    return { ok: false, error }
  }
  return { ok: true, sizeBytes }
}
