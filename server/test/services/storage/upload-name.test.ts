import { cleanUploadName, contentDisposition } from '../../../src/services/storage/upload-name'

describe('cleanUploadName', () => {
  it.each([
    ['工资条.jpg', '工资条.jpg'],
    ['C:\\fakepath\\租房合同.pdf', '租房合同.pdf'],
    ['wxfile://tmp_8f2a1c.m4a', 'tmp_8f2a1c.m4a'],
    ['../../etc/passwd', 'passwd'],
    ['  录音 1.aac  ', '录音 1.aac'],
    ['evil\u202egpj.exe', 'evilgpj.exe'],
    ['a\u0000b\r\n.png', 'ab.png'],
  ])('keeps only a displayable base name: %j → %j', (input, expected) => {
    expect(cleanUploadName(input)).toBe(expected)
  })

  it.each([undefined, null, '', '/', '..', 'folder/', '\u0007'])('returns null for %j', (input) => {
    expect(cleanUploadName(input)).toBeNull()
  })

  it('caps long names at 120 characters without splitting a character', () => {
    const name = cleanUploadName('证'.repeat(300) + '.jpg')
    expect(Array.from(name!)).toHaveLength(120)
  })
})

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 original (RFC 5987)', () => {
    expect(contentDisposition('f1.pdf', "调解协议(定稿)'s.pdf")).toBe(
      `inline; filename="f1.pdf"; filename*=UTF-8''${encodeURIComponent('调解协议')}%28${encodeURIComponent('定稿')}%29%27s.pdf`,
    )
    expect(contentDisposition('f"1;.pdf', null)).toBe('inline; filename="f_1_.pdf"')
  })
})
