import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FileFormat } from '../../../src/domain/files/file-formats'
import { SNIFF_HEAD_BYTES, sniffFileFormat } from '../../../src/domain/files/sniff-file-format'

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name))
/** What the upload route hands over: only the first SNIFF_HEAD_BYTES. */
const head = (data: Buffer) => data.subarray(0, SNIFF_HEAD_BYTES)

/** AMR storage format (RFC 4867 §5): magic, then frames of a mode byte and speech bits; here 12.2 kbit/s silence. */
function amrFile(magic: string, frameHeader: number, frameBytes: number, frames = 5): Buffer {
  const frame = Buffer.concat([Buffer.from([frameHeader]), Buffer.alloc(frameBytes - 1)])
  return Buffer.concat([Buffer.from(magic, 'latin1'), ...Array(frames).fill(frame)])
}

/** SILK v3 as WeChat writes it: optional 0x02, the magic, then little-endian length-prefixed frames. */
function silkFile(withLeadingByte: boolean): Buffer {
  const frame = Buffer.concat([Buffer.from([0x14, 0x00]), Buffer.alloc(20, 0x5a)])
  const parts = [Buffer.from('#!SILK_V3', 'latin1'), frame, frame, Buffer.from([0xff, 0xff])]
  return Buffer.concat(withLeadingByte ? [Buffer.from([0x02]), ...parts] : parts)
}

describe('sniffFileFormat on real files', () => {
  it.each<[string, FileFormat]>([
    ['photo.jpg', 'jpeg'],
    ['photo.png', 'png'],
    ['photo.webp', 'webp'],
    ['photo.heic', 'heic'],
    ['agreement.pdf', 'pdf'],
    ['tone.aac', 'aac'],
    ['tone.mp3', 'mp3'],
    ['tone-id3.mp3', 'mp3'],
    ['tone-noid3.mp3', 'mp3'],
    ['tone.m4a', 'mp4'],
    ['tone-isom.m4a', 'mp4'],
    ['tone.3gp', 'mp4'],
    ['tone.wav', 'wav'],
    ['tone.webm', 'webm'],
    ['tone.ogg', 'ogg'],
  ])('recognises %s as %s', (name, format) => {
    expect(sniffFileFormat(head(fixture(name)))).toBe(format)
  })

  it.each(['photo.gif', 'photo.bmp', 'photo.tiff', 'photo.avif', 'tone.mka', 'video.mov'])(
    'does not accept %s',
    (name) => {
      expect(sniffFileFormat(head(fixture(name)))).toBeUndefined()
    },
  )
})

describe('sniffFileFormat on built files and edge cases', () => {
  it('recognises AMR-NB, AMR-WB and both SILK variants', () => {
    expect(sniffFileFormat(amrFile('#!AMR\n', 0x3c, 32))).toBe('amr')
    expect(sniffFileFormat(amrFile('#!AMR-WB\n', 0x44, 61))).toBe('amr-wb')
    expect(sniffFileFormat(silkFile(true))).toBe('silk')
    expect(sniffFileFormat(silkFile(false))).toBe('silk')
  })

  it('finds a PDF header after leading junk within the first kilobyte, not beyond', () => {
    const pdf = fixture('agreement.pdf')
    expect(sniffFileFormat(Buffer.concat([Buffer.from('\ufeff\r\n'), pdf]))).toBe('pdf')
    expect(sniffFileFormat(Buffer.concat([Buffer.alloc(SNIFF_HEAD_BYTES, 0x20), pdf]))).toBeUndefined()
  })

  it('classifies an ID3-tagged ADTS stream as AAC', () => {
    const id3 = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, ...Buffer.alloc(10)])
    expect(sniffFileFormat(Buffer.concat([id3, fixture('tone.aac')]))).toBe('aac')
  })

  it('treats an ID3 tag larger than the sniffed head (cover art) as MP3', () => {
    const bigTag = Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00])
    expect(sniffFileFormat(Buffer.concat([bigTag, Buffer.alloc(SNIFF_HEAD_BYTES)]))).toBe('mp3')
  })

  it('rejects a Matroska/WebM EBML header without the webm doctype, and a truncated ftyp box', () => {
    expect(sniffFileFormat(head(fixture('tone.mka')))).toBeUndefined()
    expect(sniffFileFormat(fixture('tone.m4a').subarray(0, 8))).toBeUndefined()
  })

  it('rejects RIFF containers that are neither WAVE nor WebP (AVI)', () => {
    expect(sniffFileFormat(Buffer.from('RIFF\x00\x10\x00\x00AVI LIST', 'latin1'))).toBeUndefined()
  })

  it.each<[string, Buffer]>([
    ['an empty buffer', Buffer.alloc(0)],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['a ZIP (docx) archive', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1')],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['an SVG image', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['plain text', Buffer.from('欠薪证明：2024 年 3 月至 6 月工资未发放')],
    ['a lone 0xFF byte', Buffer.from([0xff])],
    ['MPEG sync with a reserved version', Buffer.from([0xff, 0xe8, 0x90, 0x00])],
    ['MPEG sync with a bad bitrate', Buffer.from([0xff, 0xfb, 0xf0, 0x00])],
  ])('rejects %s', (_label, bytes) => {
    expect(sniffFileFormat(bytes)).toBeUndefined()
  })

  it('reports a plain MP4 container as mp4 even when it holds video (the first bytes cannot tell)', () => {
    expect(sniffFileFormat(head(fixture('video.mp4')))).toBe('mp4')
  })
})
