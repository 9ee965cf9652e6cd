/** Photos the resident picks during intake: kept as local paths until the case exists, then uploaded. */
export interface PickedImage {
  path: string
  size: number
  /** MIME type when the platform reports it (H5); else the type is read from the path's extension. */
  type?: string
  name?: string
}

export interface EvidenceImage {
  path: string
  size: number
  name: string
}

export interface RefusedImage {
  name: string
  code: 'FILE_TYPE_NOT_ALLOWED' | 'FILE_TOO_LARGE' | 'FILE_EMPTY' | 'TOO_MANY_FILES'
  reason: string
}

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
export const MAX_EVIDENCE_IMAGES = 9
const ALLOWED_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif']
const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif']

function extensionOf(text: string | undefined): string | null {
  const match = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(text ?? '')
  return match ? match[1].toLowerCase() : null
}

function displayName(image: PickedImage, index: number): string {
  if (image.name) return image.name
  const tail = image.path.split('/').pop() ?? ''
  return tail && !tail.startsWith('blob:') && tail.length <= 40 ? tail : `第${index + 1}张图片`
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
}

function typeAllowed(image: PickedImage): boolean {
  if (image.type) return ALLOWED_TYPES.includes(image.type.toLowerCase())
  const extension = extensionOf(image.name) ?? extensionOf(image.path)
  return extension !== null && ALLOWED_EXTENSIONS.includes(extension)
}

/**
 * Splits picked images into those we keep and those refused, each refusal with a plain reason.
 * Same limits as the server (images ≤ 10 MB; jpg/png/webp/heic), so nothing fails only after upload.
 */
export function checkPickedImages(
  picked: readonly PickedImage[],
  alreadyKept: number,
): { kept: EvidenceImage[]; refused: RefusedImage[] } {
  const kept: EvidenceImage[] = []
  const refused: RefusedImage[] = []
  picked.forEach((image, index) => {
    const name = displayName(image, index)
    if (!typeAllowed(image)) {
      refused.push({ name, code: 'FILE_TYPE_NOT_ALLOWED', reason: '只能上传 jpg、png、webp 或 heic 格式的照片' })
    } else if (image.size <= 0) {
      refused.push({ name, code: 'FILE_EMPTY', reason: '文件是空的，请重新选择' })
    } else if (image.size > MAX_IMAGE_BYTES) {
      const size = formatMegabytes(image.size)
      // Rounding can print 10 MB + 1 byte as "10 MB": say "slightly over" rather than two equal numbers.
      const shown = size === formatMegabytes(MAX_IMAGE_BYTES) ? '略超过 10 MB' : size
      refused.push({ name, code: 'FILE_TOO_LARGE', reason: `照片不能超过 10 MB（这张 ${shown}）` })
    } else if (alreadyKept + kept.length >= MAX_EVIDENCE_IMAGES) {
      refused.push({ name, code: 'TOO_MANY_FILES', reason: `最多上传 ${MAX_EVIDENCE_IMAGES} 张照片` })
    } else {
      kept.push({ path: image.path, size: image.size, name })
    }
  })
  return { kept, refused }
}
