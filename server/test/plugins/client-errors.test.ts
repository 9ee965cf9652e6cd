import net from 'node:net'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'
import { insertCase } from '../helpers/cases'

/** Sends raw bytes to the listening server and returns the whole answer as text. */
function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')))
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

const jsonOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))

/**
 * Issue 11 finding 8, fourth class: requests refused before a route runs. A multipart body without a boundary
 * answered 500; bad percent-encoding and oversized headers got Fastify's English body, echoing the URL.
 */
describe('requests refused before a route runs', () => {
  let t: TestApp
  let port: number
  beforeAll(async () => {
    t = await buildTestApp()
    await t.app.listen({ host: '127.0.0.1', port: 0 })
    port = (t.app.server.address() as net.AddressInfo).port
  })
  afterAll(() => t.close())

  it('answers a multipart upload without a boundary with 400, on the public verifier and on case files', async () => {
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'not really multipart',
    })
    expect(verify.statusCode).toBe(400)
    expect(verify.json()).toMatchObject({
      code: 'MULTIPART_INVALID',
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    })

    const caseId = await insertCase(t.database, { applicantPhone: DEMO.resident })
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/files`,
      headers: { ...(await t.authHeader(DEMO.resident)), 'content-type': 'multipart/form-data' },
      payload: 'x',
    })
    expect(upload.statusCode).toBe(400)
    expect(upload.json().code).toBe('MULTIPART_INVALID')
  })

  it('answers a multipart body cut short with 400', async () => {
    const boundary = '----cut'
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut`,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toMatch(/^[A-Z_]+$/)
  })

  it('answers bad percent-encoding in Chinese without echoing the URL or its token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/invitations/%zz?token=secret-token-123' })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({ code: 'BAD_URL', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
    expect(res.body).not.toContain('secret-token-123')
    expect(res.body).not.toContain('%zz')
  })

  it('answers oversized headers with 431 and malformed HTTP with 400, in Chinese, over a real socket', async () => {
    const big = await rawRequest(
      port,
      `GET /api/v1/organisations?token=secret-token-123 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    )
    expect(big).toMatch(/^HTTP\/1\.1 431 /)
    expect(jsonOf(big)).toEqual({ code: 'HEADERS_TOO_LARGE', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
    expect(big).not.toContain('secret-token-123')

    const malformed = await rawRequest(port, 'GET /api/v1/organisations HTTP/1.1\r\nHost x\r\n\r\n')
    expect(malformed).toMatch(/^HTTP\/1\.1 400 /)
    expect(jsonOf(malformed)).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
  })
})
