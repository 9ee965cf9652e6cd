import { create } from 'qrcode/lib/core/qrcode'

export interface QrMatrix {
  size: number
  isDark: (row: number, column: number) => boolean
}

/** UTF-8 bytes without TextEncoder, which older WeChat base libraries lack (the encoder would call it). */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63))
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    }
  }
  return new Uint8Array(bytes)
}

/** Medium error correction: a phone camera still reads it from a slightly creased printout. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create([{ data: utf8Bytes(text), mode: 'byte' }], { errorCorrectionLevel: 'M' })
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) }
}

/** The code as an SVG data URL (H5 shows it in an <img>; long-press saves it). Quiet zone of 4 modules. */
export function qrSvgDataUrl(text: string, margin = 4): string {
  const { size, isDark } = qrMatrix(text)
  const total = size + margin * 2
  let path = ''
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (isDark(row, column)) path += `M${column + margin} ${row + margin}h1v1h-1z`
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
