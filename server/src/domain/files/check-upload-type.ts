import type { FileCheckResult } from './file-check-error'
import {
  FILE_FORMATS,
  FILE_KIND_LABELS,
  FILE_KINDS,
  isGenericContentType,
  normaliseContentType,
  type FileFormat,
  type FileKind,
} from './file-formats'
import { sniffFileFormat } from './sniff-file-format'

export interface UploadTypeInput {
  /** The content type the client declared for the part (may be empty or application/octet-stream). */
  declaredType?: string | null
  /** The first bytes of the file (SNIFF_HEAD_BYTES, or the whole file if shorter). */
  head: Uint8Array
  /** Kinds this upload may be, e.g. only `audio` for a voice message. Defaults to all kinds. */
  allowedKinds?: readonly FileKind[]
  field?: string
}

export interface UploadType {
  format: FileFormat
  kind: FileKind
  /** What to store and serve: derived from the content, never copied from the client. */
  contentType: string
  extension: string
}

const FORMAT_NAMES: Readonly<Record<FileKind, string>> = {
  image: 'JPG、PNG、WebP、HEIC',
  audio: 'AAC、MP3、M4A、WAV、AMR、SILK、WebM、Ogg',
  pdf: 'PDF',
}

function acceptedFormatsText(kinds: readonly FileKind[]): string {
  return kinds.map((kind) => `${FILE_KIND_LABELS[kind]}（${FORMAT_NAMES[kind]}）`).join('、')
}

/**
 * Decides what an uploaded file really is. The first bytes decide; a specific declared type must agree
 * with them (a renamed .exe declared image/jpeg is refused), a generic one (octet-stream, empty) defers to them.
 */
export function checkUploadType(input: UploadTypeInput): FileCheckResult<UploadType> {
  const field = input.field ?? 'file'
  const allowedKinds = input.allowedKinds ?? FILE_KINDS
  if (input.head.length === 0) {
    return { ok: false, error: { code: 'FILE_EMPTY', message: '文件为空，请重新选择', field } }
  }

  const format = sniffFileFormat(input.head)
  if (!format) {
    const message = `不支持的文件格式，请上传${acceptedFormatsText(allowedKinds)}`
    return { ok: false, error: { code: 'FILE_TYPE_UNSUPPORTED', message, field } }
  }

  const info = FILE_FORMATS[format]
  const declared = normaliseContentType(input.declaredType)
  if (!isGenericContentType(declared) && !info.declaredTypes.includes(declared)) {
    const message = `文件内容与声明的类型不符（声明为 ${declared}，实际为${info.label}）`
    return { ok: false, error: { code: 'FILE_TYPE_MISMATCH', message, field } }
  }

  if (!allowedKinds.includes(info.kind)) {
    const message = `此处只能上传${acceptedFormatsText(allowedKinds)}，不能上传${info.label}`
    return { ok: false, error: { code: 'FILE_KIND_NOT_ALLOWED', message, field } }
  }

  return { ok: true, format, kind: info.kind, contentType: info.contentType, extension: info.extension }
}
