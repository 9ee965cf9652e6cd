import type { FileFormat } from './file-formats'

/**
 * How many leading bytes `sniffFileFormat` wants. A PDF header may sit anywhere in the first 1024 bytes
 * (readers tolerate leading junk); every other signature is within the first few dozen.
 */
export const SNIFF_HEAD_BYTES = 1024

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0))

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3]

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevm', 'hevs', 'hevx'])
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1'])
const AVIF_BRANDS = new Set(['avif', 'avis'])
const M4A_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B '])
/** Plain MPEG-4 / 3GPP brands that audio recorders (Android, WeChat, Safari) write. */
// prettier-ignore
const GENERIC_MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso8', 'iso9', 'mp41', 'mp42', 'mp71', 'dash', 'avc1',
  '3gp4', '3gp5', '3gp6', '3gp7', '3ge6', '3ge7', '3gg6', '3g2a', '3g2b', '3g2c', 'MSNV', 'nvr1',
])

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((byte, i) => bytes[offset + i] === byte)
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from: number, to: number): number {
  const last = Math.min(to, bytes.length) - needle.length
  for (let i = from; i <= last; i++) if (startsWith(bytes, needle, i)) return i
  return -1
}

function fourCC(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3])
}

/** ISO base media file (MP4, M4A, HEIC, AVIF, 3GP): an `ftyp` box with a major and compatible brands. */
function sniffIsoBmff(bytes: Uint8Array): FileFormat | undefined {
  if (bytes.length < 12 || fourCC(bytes, 4) !== 'ftyp') return undefined
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0
  const boxEnd = Math.min(boxSize >= 16 ? boxSize : 16, bytes.length)
  const major = fourCC(bytes, 8)
  const compatible: string[] = []
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) compatible.push(fourCC(bytes, offset))
  const brands = [major, ...compatible]

  if (HEIC_BRANDS.has(major)) return 'heic'
  if (AVIF_BRANDS.has(major)) return undefined
  if (GENERIC_HEIF_BRANDS.has(major)) {
    if (brands.some((b) => AVIF_BRANDS.has(b))) return undefined
    return 'heic'
  }
  if (M4A_BRANDS.has(major)) return 'mp4'
  if (GENERIC_MP4_BRANDS.has(major)) return 'mp4'
  // A rare major brand that still declares audio/generic MPEG-4 compatibility.
  if (brands.some((b) => M4A_BRANDS.has(b))) return 'mp4'
  return undefined
}

/** MPEG audio frame header (MP1/MP2/MP3): 11 sync bits, a valid version, layer, bitrate and sample rate. */
function isMpegAudioFrame(bytes: Uint8Array, offset: number): boolean {
  if (bytes.length < offset + 3) return false
  const [b0, b1, b2] = [bytes[offset], bytes[offset + 1], bytes[offset + 2]]
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return false
  const version = (b1 >> 3) & 0x03
  const layer = (b1 >> 1) & 0x03
  const bitrateIndex = b2 >> 4
  const sampleRateIndex = (b2 >> 2) & 0x03
  return version !== 0x01 && layer !== 0x00 && bitrateIndex !== 0x0f && sampleRateIndex !== 0x03
}

/** AAC in ADTS framing: 12 sync bits, layer 00, a defined sampling-frequency index. */
function isAdtsFrame(bytes: Uint8Array, offset: number): boolean {
  if (bytes.length < offset + 3) return false
  const [b0, b1, b2] = [bytes[offset], bytes[offset + 1], bytes[offset + 2]]
  if (b0 !== 0xff || (b1 & 0xf6) !== 0xf0) return false
  return ((b2 >> 2) & 0x0f) < 13
}

/** ID3v2 tag length including its header (and footer), so the first audio frame can be checked. */
function id3TagLength(bytes: Uint8Array): number {
  const flags = bytes[5]
  const size = ((bytes[6] & 0x7f) << 21) | ((bytes[7] & 0x7f) << 14) | ((bytes[8] & 0x7f) << 7) | (bytes[9] & 0x7f)
  return 10 + size + (flags & 0x10 ? 10 : 0)
}

function sniffMpegStream(bytes: Uint8Array): FileFormat | undefined {
  if (startsWith(bytes, ascii('ID3')) && bytes.length >= 10) {
    const frameOffset = id3TagLength(bytes)
    // Tags with cover art run past the sniffed head; an ID3 tag almost always fronts an MP3.
    if (isAdtsFrame(bytes, frameOffset)) return 'aac'
    return 'mp3'
  }
  if (isAdtsFrame(bytes, 0)) return 'aac'
  if (isMpegAudioFrame(bytes, 0)) return 'mp3'
  if (startsWith(bytes, ascii('ADIF'))) return 'aac'
  return undefined
}

/**
 * Identifies the format from the first bytes of a file (pass at least SNIFF_HEAD_BYTES when available).
 * Returns undefined for anything the service does not accept (GIF, AVIF, video, archives, executables...).
 */
export function sniffFileFormat(bytes: Uint8Array): FileFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (startsWith(bytes, ascii('RIFF')) || startsWith(bytes, ascii('RF64'))) {
    if (startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
    if (startsWith(bytes, ascii('WAVE'), 8)) return 'wav'
    return undefined
  }
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf'
  // WeChat's SILK files sometimes carry a leading 0x02 byte before the magic.
  if (startsWith(bytes, ascii('#!SILK_V3')) || startsWith(bytes, ascii('\x02#!SILK_V3'))) return 'silk'
  if (startsWith(bytes, ascii('#!AMR\n'))) return 'amr'
  if (startsWith(bytes, ascii('#!AMR-WB\n'))) return 'amr-wb'
  if (startsWith(bytes, ascii('OggS'))) return 'ogg'
  if (startsWith(bytes, EBML_MAGIC)) {
    // The EBML header names its DocType: "webm" (accepted) or "matroska" (not).
    return indexOf(bytes, ascii('webm'), 4, 64) >= 0 ? 'webm' : undefined
  }
  const format = sniffIsoBmff(bytes) ?? sniffMpegStream(bytes)
  if (format) return format
  // Last resort: readers accept a PDF header after up to 1 KB of leading junk (e.g. a BOM or mail headers).
  return indexOf(bytes, ascii('%PDF-'), 0, SNIFF_HEAD_BYTES) >= 0 ? 'pdf' : undefined
}
