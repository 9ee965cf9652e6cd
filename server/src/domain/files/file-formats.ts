/**
 * The file formats the service accepts, what kind each one is, and which declared content types
 * (what a browser, WeChat or an HTTP client puts in the multipart part) may stand for it.
 * Pure data: the upload route sniffs the first bytes, then checks them against this table.
 */

export const FILE_KINDS = ['image', 'audio', 'pdf'] as const
export type FileKind = (typeof FILE_KINDS)[number]

export type FileFormat =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'heic'
  | 'pdf'
  | 'aac'
  | 'mp3'
  | 'mp4'
  | 'wav'
  | 'silk'
  | 'amr'
  | 'amr-wb'
  | 'webm'
  | 'ogg'

export interface FileFormatInfo {
  kind: FileKind
  /** The content type we store and serve, whatever the client declared. */
  contentType: string
  extension: string
  /** Declared content types (lower case, no parameters) that name this format. */
  declaredTypes: readonly string[]
  /** Chinese name for messages. */
  label: string
}

export const FILE_FORMATS: Readonly<Record<FileFormat, FileFormatInfo>> = {
  jpeg: {
    kind: 'image',
    contentType: 'image/jpeg',
    extension: 'jpg',
    declaredTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
    label: 'JPEG 图片',
  },
  png: {
    kind: 'image',
    contentType: 'image/png',
    extension: 'png',
    declaredTypes: ['image/png', 'image/x-png'],
    label: 'PNG 图片',
  },
  webp: {
    kind: 'image',
    contentType: 'image/webp',
    extension: 'webp',
    declaredTypes: ['image/webp'],
    label: 'WebP 图片',
  },
  heic: {
    kind: 'image',
    contentType: 'image/heic',
    extension: 'heic',
    declaredTypes: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'],
    label: 'HEIC 图片',
  },
  pdf: {
    kind: 'pdf',
    contentType: 'application/pdf',
    extension: 'pdf',
    declaredTypes: ['application/pdf', 'application/x-pdf'],
    label: 'PDF 文件',
  },
  aac: {
    kind: 'audio',
    contentType: 'audio/aac',
    extension: 'aac',
    declaredTypes: ['audio/aac', 'audio/x-aac', 'audio/aacp'],
    label: 'AAC 音频',
  },
  mp3: {
    kind: 'audio',
    contentType: 'audio/mpeg',
    extension: 'mp3',
    declaredTypes: ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg', 'audio/x-mp3', 'audio/x-mpeg-3'],
    label: 'MP3 音频',
  },
  // MPEG-4 audio (.m4a). WeChat on iOS writes its "aac" recordings in this container and Safari's
  // MediaRecorder produces it, so a declared audio/aac is accepted too. Whether an MP4 file holds a
  // video track needs the moov box, which the first bytes do not reach: the size limit bounds that.
  mp4: {
    kind: 'audio',
    contentType: 'audio/mp4',
    extension: 'm4a',
    declaredTypes: ['audio/mp4', 'audio/x-m4a', 'audio/m4a', 'audio/aac', 'audio/x-aac', 'audio/3gpp', 'audio/3gpp2'],
    label: 'M4A 音频',
  },
  wav: {
    kind: 'audio',
    contentType: 'audio/wav',
    extension: 'wav',
    declaredTypes: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
    label: 'WAV 音频',
  },
  // WeChat voice messages (SILK v3); no registered media type exists, x-silk is what tools use.
  silk: {
    kind: 'audio',
    contentType: 'audio/silk',
    extension: 'silk',
    declaredTypes: ['audio/silk', 'audio/x-silk'],
    label: 'SILK 语音',
  },
  amr: {
    kind: 'audio',
    contentType: 'audio/amr',
    extension: 'amr',
    declaredTypes: ['audio/amr', 'audio/x-amr'],
    label: 'AMR 语音',
  },
  'amr-wb': {
    kind: 'audio',
    contentType: 'audio/amr-wb',
    extension: 'awb',
    declaredTypes: ['audio/amr-wb', 'audio/amr', 'audio/x-amr'],
    label: 'AMR-WB 语音',
  },
  // Chrome's and Firefox's MediaRecorder (H5 voice input). Some browsers label audio-only recordings video/webm.
  webm: {
    kind: 'audio',
    contentType: 'audio/webm',
    extension: 'webm',
    declaredTypes: ['audio/webm', 'video/webm'],
    label: 'WebM 音频',
  },
  ogg: {
    kind: 'audio',
    contentType: 'audio/ogg',
    extension: 'ogg',
    declaredTypes: ['audio/ogg', 'audio/opus', 'application/ogg'],
    label: 'Ogg 音频',
  },
}

/** Declared types that say nothing about the content (WeChat's uploadFile often sends these). */
const GENERIC_DECLARED_TYPES: ReadonlySet<string> = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
  'application/binary',
])

/** `Image/JPEG; charset=binary` → `image/jpeg`. */
export function normaliseContentType(declared: string | undefined | null): string {
  if (!declared) return ''
  return declared.split(';')[0].trim().toLowerCase()
}

export function isGenericContentType(declared: string | undefined | null): boolean {
  return GENERIC_DECLARED_TYPES.has(normaliseContentType(declared))
}

export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && (FILE_KINDS as readonly string[]).includes(value)
}

export const FILE_KIND_LABELS: Readonly<Record<FileKind, string>> = { image: '图片', audio: '音频', pdf: 'PDF 文件' }

/** The usual file extension for a stored content type (`audio/mp4` → `m4a`), `bin` for anything else. */
export function extensionForContentType(contentType: string): string {
  const match = Object.values(FILE_FORMATS).find((info) => info.contentType === normaliseContentType(contentType))
  return match?.extension ?? 'bin'
}
