import { badRequest } from '../../lib/app-error'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const MAX_BYTES = 512 * 1024
const MIN_SIDE = 16

const invalid = (message: string) =>
  badRequest('SIGNATURE_IMAGE_INVALID', message, [{ field: 'signatureImage', message }])

/**
 * The handwritten signature (or seal) as exported by the canvas: a PNG in base64 (a data: URL prefix is
 * accepted). Checked here so the final PDF cannot fail later on a bad image.
 */
export function decodeSignatureImage(input: string): Buffer {
  const base64 = input.replace(/^data:image\/png;base64,/, '')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw invalid('签名图片格式不正确，请重新签名')
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length > MAX_BYTES) throw invalid('签名图片太大，请重新签名')
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw invalid('签名图片必须是 PNG 格式，请重新签名')
  }
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  if (width < MIN_SIDE || height < MIN_SIDE || width > 4096 || height > 4096)
    throw invalid('签名图片尺寸不正确，请重新签名')
  return bytes
}
