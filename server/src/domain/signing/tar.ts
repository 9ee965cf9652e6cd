/**
 * A minimal POSIX ustar writer and reader for case bundles: regular files only, ASCII names up to 100 bytes.
 * `tar -xf bundle.tar` unpacks the result with any standard tar.
 */
export interface TarEntry {
  path: string
  data: Buffer
}

const BLOCK = 512

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function header(path: string, size: number, mtime: number): Buffer {
  if (!/^[\x20-\x7e]{1,100}$/.test(path)) throw new Error(`tar: unsupported file name ${path}`)
  const h = Buffer.alloc(BLOCK)
  h.write(path, 0, 'ascii')
  h.write(octal(0o644, 8), 100, 'ascii')
  h.write(octal(0, 8), 108, 'ascii')
  h.write(octal(0, 8), 116, 'ascii')
  h.write(octal(size, 12), 124, 'ascii')
  h.write(octal(mtime, 12), 136, 'ascii')
  h.write('        ', 148, 'ascii') // checksum field counts as spaces while summing
  h.write('0', 156, 'ascii')
  h.write('ustar\x0000', 257, 'ascii')
  const sum = h.reduce((acc, byte) => acc + byte, 0)
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii')
  return h
}

export function writeTar(entries: TarEntry[], mtime: Date): Buffer {
  const seconds = Math.floor(mtime.getTime() / 1000)
  const parts: Buffer[] = []
  for (const entry of entries) {
    parts.push(header(entry.path, entry.data.length, seconds), entry.data)
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK
    if (pad) parts.push(Buffer.alloc(pad))
  }
  parts.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(parts)
}

const field = (h: Buffer, start: number, length: number) =>
  h
    .subarray(start, start + length)
    .toString('ascii')
    .replace(/\0.*$/s, '')
    .trim()

/** Reads regular files; throws on a damaged header (checksum) or a truncated archive. */
export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = []
  let offset = 0
  while (offset + BLOCK <= archive.length) {
    const h = archive.subarray(offset, offset + BLOCK)
    if (h.every((b) => b === 0)) return entries
    const stored = parseInt(field(h, 148, 8), 8)
    const actual = h.reduce((acc, byte, i) => acc + (i >= 148 && i < 156 ? 32 : byte), 0)
    if (stored !== actual) throw new Error(`tar: damaged header at byte ${offset}`)
    const size = parseInt(field(h, 124, 12), 8)
    const prefix = field(h, 345, 155)
    const name = field(h, 0, 100)
    const start = offset + BLOCK
    if (!Number.isFinite(size) || start + size > archive.length) throw new Error('tar: archive is truncated')
    const type = String.fromCharCode(h[156])
    if (type === '0' || type === '\0') {
      entries.push({
        path: prefix ? `${prefix}/${name}` : name,
        data: Buffer.from(archive.subarray(start, start + size)),
      })
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK
  }
  throw new Error('tar: archive is truncated')
}
