/** @jest-environment node */
import QRCode from 'qrcode'
import { qrMatrix, qrSvgDataUrl, utf8Bytes } from '@/features/referrals/qr-matrix'
import { shareUrlOf } from '@/features/referrals/share-url'

const LINK = 'https://tiaojie.example.cn/#/packages/invitation/pages/claim/index?token=HWSAUZ53lP-3jrz-YICKP3n6sLGO5'

function darkCells(read: (row: number, column: number) => boolean, size: number): string {
  let cells = ''
  for (let row = 0; row < size; row++) for (let column = 0; column < size; column++) cells += read(row, column) ? 1 : 0
  return cells
}

describe('QR matrix for share links', () => {
  it.each([LINK, '调解邀请：李四 https://a.cn/?t=x', '😀 emoji and ASCII'])(
    'encodes %s exactly as the full qrcode library does in byte mode',
    (text) => {
      const ours = qrMatrix(text)
      const segments = [{ data: new Uint8Array(Buffer.from(text, 'utf8')), mode: 'byte' as const }]
      const reference = QRCode.create(segments, { errorCorrectionLevel: 'M' }).modules
      expect(ours.size).toBe(reference.size)
      expect(darkCells(ours.isDark, ours.size)).toBe(
        darkCells((row, column) => Boolean(reference.get(row, column)), reference.size),
      )
    },
  )

  it('writes UTF-8 like Node does, without TextEncoder', () => {
    for (const text of ['abc', '认领案件', 'é', '😀', '']) {
      expect(Array.from(utf8Bytes(text))).toEqual(Array.from(Buffer.from(text, 'utf8')))
    }
  })

  it('draws one 1×1 square per dark module inside a 4-module quiet zone', () => {
    const { size, isDark } = qrMatrix(LINK)
    const svg = decodeURIComponent(qrSvgDataUrl(LINK).replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`)
    const squares = svg.match(/M\d+ \d+h1v1h-1z/g) ?? []
    expect(squares).toHaveLength(darkCells(isDark, size).replace(/0/g, '').length)
    expect(squares[0]).toBe('M4 4h1v1h-1z') // the finder pattern's top-left corner
  })

  it('keeps full URLs, and rebuilds a bare path from the token with the claim route of this app', () => {
    expect(shareUrlOf('https://x.cn/claim?token=abc', 'abc', 'https://t.cn')).toBe('https://x.cn/claim?token=abc')
    // A stale server default (the path before the page existed) still yields a working link.
    expect(shareUrlOf('/pages/invitation/index?token=abc', 'abc', 'https://t.cn')).toBe(
      'https://t.cn/#/packages/invitation/pages/claim/index?token=abc',
    )
    expect(shareUrlOf('/pages/invitation/index?token=abc', 'abc', null)).toBe(
      '/packages/invitation/pages/claim/index?token=abc',
    )
  })
})
