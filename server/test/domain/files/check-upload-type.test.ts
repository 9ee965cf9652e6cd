import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkUploadType } from '../../../src/domain/files/check-upload-type'
import { SNIFF_HEAD_BYTES } from '../../../src/domain/files/sniff-file-format'

const head = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name)).subarray(0, SNIFF_HEAD_BYTES)

describe('checkUploadType', () => {
  it('derives the stored type from the content when the declaration agrees', () => {
    expect(checkUploadType({ declaredType: 'image/jpeg', head: head('photo.jpg') })).toEqual({
      ok: true,
      format: 'jpeg',
      kind: 'image',
      contentType: 'image/jpeg',
      extension: 'jpg',
    })
  })

  it.each([
    ['IMAGE/JPG; charset=binary', 'photo.jpg', 'image/jpeg'],
    ['image/heif', 'photo.heic', 'image/heic'],
    ['audio/x-m4a', 'tone.m4a', 'audio/mp4'],
    ['audio/aac', 'tone.m4a', 'audio/mp4'],
    ['audio/mp3', 'tone.mp3', 'audio/mpeg'],
    ['audio/x-wav', 'tone.wav', 'audio/wav'],
    ['video/webm', 'tone.webm', 'audio/webm'],
    ['audio/webm;codecs=opus', 'tone.webm', 'audio/webm'],
    ['audio/3gpp', 'tone.3gp', 'audio/mp4'],
  ])('accepts declared %s for %s and stores %s', (declaredType, fixture, contentType) => {
    expect(checkUploadType({ declaredType, head: head(fixture) })).toMatchObject({ ok: true, contentType })
  })

  it.each([undefined, null, '', 'application/octet-stream', 'Binary/Octet-Stream'])(
    'trusts the content when the declared type is generic (%p), as WeChat uploadFile often sends',
    (declaredType) => {
      expect(checkUploadType({ declaredType, head: head('tone.aac') })).toMatchObject({
        ok: true,
        kind: 'audio',
        contentType: 'audio/aac',
      })
    },
  )

  it('refuses content that contradicts the declared type, naming both', () => {
    const result = checkUploadType({ declaredType: 'image/jpeg', head: head('agreement.pdf') })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'FILE_TYPE_MISMATCH',
        field: 'file',
        message: '文件内容与声明的类型不符（声明为 image/jpeg，实际为PDF 文件）',
      },
    })
  })

  it('refuses an HTML page disguised as a PNG', () => {
    const result = checkUploadType({ declaredType: 'image/png', head: Buffer.from('<html><script>x</script>') })
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_TYPE_UNSUPPORTED', field: 'file' } })
  })

  it('lists only the allowed formats when refusing an unsupported file', () => {
    const result = checkUploadType({ head: head('photo.gif'), allowedKinds: ['image'], field: 'photo' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'FILE_TYPE_UNSUPPORTED',
        field: 'photo',
        message: '不支持的文件格式，请上传图片（JPG、PNG、WebP、HEIC）',
      },
    })
  })

  it('refuses a valid file of a kind this upload does not take', () => {
    const result = checkUploadType({
      declaredType: 'application/pdf',
      head: head('agreement.pdf'),
      allowedKinds: ['audio'],
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_KIND_NOT_ALLOWED', field: 'file' } })
    if (!result.ok) expect(result.error.message).toContain('不能上传PDF 文件')
  })

  it('refuses an empty file', () => {
    expect(checkUploadType({ declaredType: 'image/png', head: new Uint8Array(0) })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EMPTY', message: '文件为空，请重新选择' },
    })
  })
})
