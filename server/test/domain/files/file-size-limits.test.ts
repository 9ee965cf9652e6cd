import {
  checkFileSize,
  FILE_SIZE_LIMITS,
  formatBytes,
  maxUploadBytes,
} from '../../../src/domain/files/file-size-limits'

const MB = 1024 * 1024

describe('file size limits', () => {
  it('allows images and audio up to 10 MB and PDFs up to 20 MB', () => {
    expect(FILE_SIZE_LIMITS).toEqual({ image: 10 * MB, audio: 10 * MB, pdf: 20 * MB })
    expect(checkFileSize('image', 10 * MB)).toEqual({ ok: true, sizeBytes: 10 * MB })
    expect(checkFileSize('audio', 1)).toEqual({ ok: true, sizeBytes: 1 })
    expect(checkFileSize('pdf', 20 * MB)).toEqual({ ok: true, sizeBytes: 20 * MB })
  })

  it('refuses one byte over the limit with the limit and size in the message', () => {
    expect(checkFileSize('image', 10 * MB + 1)).toEqual({
      ok: false,
      error: {
        code: 'FILE_TOO_LARGE',
        field: 'file',
        message: '图片不能超过 10 MB（略超过 10 MB）',
        limitBytes: 10 * MB,
        sizeBytes: 10 * MB + 1,
      },
    })
    expect(checkFileSize('pdf', 25.5 * MB)).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: 'PDF 文件不能超过 20 MB（当前 25.5 MB）' },
    })
    expect(checkFileSize('audio', 12 * MB, FILE_SIZE_LIMITS, 'voice')).toMatchObject({
      ok: false,
      error: { field: 'voice', message: '音频不能超过 10 MB（当前 12 MB）' },
    })
  })

  it('refuses empty files and programming errors', () => {
    expect(checkFileSize('image', 0)).toMatchObject({ ok: false, error: { code: 'FILE_EMPTY' } })
    expect(() => checkFileSize('image', -1)).toThrow(RangeError)
    expect(() => checkFileSize('image', Number.NaN)).toThrow(RangeError)
  })

  it('honours custom limits and reports the largest one for the multipart parser', () => {
    const limits = { image: 2 * MB, audio: 3 * MB, pdf: 1 * MB }
    expect(checkFileSize('image', 2 * MB + 1, limits)).toMatchObject({ ok: false })
    expect(maxUploadBytes(limits)).toBe(3 * MB)
    expect(maxUploadBytes()).toBe(20 * MB)
  })

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(3 * MB + 300 * 1024)).toBe('3.3 MB')
  })
})
