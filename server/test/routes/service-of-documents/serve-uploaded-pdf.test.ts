import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { api, effectiveAgreement, type EffectiveCase } from '../judicial/judicial-fixture'

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../domain/files/fixtures', name))

/** The multipart body the serve form sends: Taro.uploadFile or a browser FormData, part `file`. */
function multipart(bytes: Buffer, filename: string, contentType: string) {
  const boundary = `----tiaojie${randomBytes(8).toString('hex')}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

describe('serving a PDF the mediator uploads from the serve form', () => {
  let t: TestApp
  let e: EffectiveCase
  beforeAll(async () => {
    t = await buildTestApp()
    e = await effectiveAgreement(t)
  })
  afterAll(async () => {
    await t.close()
  })

  const uploadAsMediator = async (bytes: Buffer, filename: string, contentType: string) => {
    const body = multipart(bytes, filename, contentType)
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${e.c.caseId}/files?kind=pdf`,
      headers: { ...(await t.authHeader(e.c.users.mediator.phone)), ...body.headers },
      payload: body.payload,
    })
  }

  it('accepts a real PDF (sniffed, whatever the declared type) and serves it to both parties', async () => {
    // WeChat's uploadFile declares application/octet-stream: the bytes decide.
    const uploaded = await uploadAsMediator(fixture('agreement.pdf'), '调解通知书.pdf', 'application/octet-stream')
    expect(uploaded.statusCode).toBe(201)
    expect(uploaded.json()).toMatchObject({
      kind: 'pdf',
      contentType: 'application/pdf',
      originalName: '调解通知书.pdf',
    })

    const served = await api(t, e, 'mediator', 'POST', `/inbox/cases/${e.c.caseId}/serve`, {
      kind: 'notice',
      title: '调解通知书',
      fileId: uploaded.json().id,
    })
    expect(served.json()).toEqual({ served: 2 })
    const inbox = (await api(t, e, 'applicant', 'GET', '/inbox')).json()
    expect(inbox.items).toContainEqual(expect.objectContaining({ kind: 'notice', title: '调解通知书' }))
  })

  it('refuses a photo renamed to .pdf, with a Chinese message', async () => {
    const res = await uploadAsMediator(fixture('photo.jpg'), '通知书.pdf', 'application/octet-stream')
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'FILE_KIND_NOT_ALLOWED', message: expect.stringContaining('PDF') })
    const declaredPdf = await uploadAsMediator(fixture('photo.jpg'), '通知书.pdf', 'application/pdf')
    expect(declaredPdf.json().code).toBe('FILE_TYPE_MISMATCH')
  })
})
