import type { FastifyInstance } from 'fastify'
import { createPublicKey } from 'node:crypto'
import { keyFingerprint } from '../../../src/domain/signing/ed25519'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { addVersion, createSigningCase, signFully, type SigningCase } from '../../services/signing/signing-fixture'
import { multipartPdf } from './multipart'

describe('POST /api/v1/verify (public)', () => {
  let t: TestApp
  let app: FastifyInstance
  let c: SigningCase
  let pdf: Buffer
  let code: string

  beforeEach(async () => {
    t = await buildTestApp()
    app = t.app
    c = await createSigningCase(t)
    const doc = await addVersion(t, c)
    const signed = await signFully(t, c, doc)
    pdf = signed.pdf
    code = signed.status.verificationCode!
  })
  afterEach(async () => {
    await t.close()
  })

  const upload = (bytes: Buffer) => app.inject({ method: 'POST', url: '/api/v1/verify', ...multipartPdf(bytes) })
  const byCode = (value: string) => app.inject({ method: 'POST', url: '/api/v1/verify', payload: { code: value } })

  it('says valid for the downloaded PDF, with masked signer names and no login', async () => {
    const res = await upload(pdf)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      valid: true,
      code: null,
      reason: null,
      document: { verificationCode: code, documentVersion: 1 },
    })
    expect(body.signers.map((s: { name: string }) => s.name)).toEqual(['王*英', '李*国', '刘*', '赵*'])
    expect(body.signers.map((s: { role: string }) => s.role)).toEqual(['party', 'party', 'mediator', 'committee'])
    expect(res.body).not.toContain('王秀英')
  })

  it('says invalid and why for a PDF with one changed byte', async () => {
    const tampered = Buffer.from(pdf)
    tampered[Math.floor(pdf.length / 3)] ^= 0x20
    const body = (await upload(tampered)).json()
    expect(body).toMatchObject({ valid: false, code: 'PDF_CONTENT_CHANGED' })
    expect(body.expectedHash).toMatch(/^[0-9a-f]{64}$/)
    expect(body.actualHash).not.toBe(body.expectedHash)
    expect(body.reason).toContain('已被改动')
  })

  it('says invalid for an unrelated PDF or file', async () => {
    const body = (await upload(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))).json()
    expect(body).toMatchObject({ valid: false, code: 'SEAL_BLOCK_MISSING', document: null })
  })

  it('verifies by code however it is typed, and says so for an unknown code', async () => {
    expect((await byCode(code)).json()).toMatchObject({ valid: true, document: { verificationCode: code } })
    expect((await byCode(code.replace(/-/g, '').toLowerCase())).json().valid).toBe(true)
    expect((await byCode('ABCD-EFGH-JKMN')).json()).toMatchObject({ valid: false, code: 'CODE_NOT_FOUND' })
    expect((await byCode('not a code!!')).json()).toMatchObject({ valid: false, code: 'CODE_NOT_FOUND' })
  })

  it('by code, names the edited event when a stored signing event is changed in the database', async () => {
    const rows = await t.database.db.selectFrom('signing_events').select(['id', 'event']).orderBy('seq').execute()
    const event = JSON.parse(rows[2].event)
    event.ip = '198.51.100.66'
    await t.database.db
      .updateTable('signing_events')
      .set({ event: JSON.stringify(event) })
      .where('id', '=', rows[2].id)
      .execute()
    const body = (await byCode(code)).json()
    expect(body).toMatchObject({
      valid: false,
      code: 'EVENT_HASH_MISMATCH',
      eventIndex: 2,
      expectedHash: event.eventHash,
    })
  })

  it('asks for a file or a code when given neither', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/verify', payload: {} })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'VERIFY_INPUT_MISSING', details: [{ field: 'file' }] })
  })

  it('publishes the public key whose fingerprint the PDF names', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/verify/public-key' })
    const key = res.json()
    expect(key.algorithm).toBe('Ed25519')
    expect(keyFingerprint(createPublicKey(key.pem))).toBe(key.fingerprint)
    expect((await upload(pdf)).json().keyFingerprint).toBe(key.fingerprint)
  })

  it('is rate-limited', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await byCode('ABCD-EFGH-JKMN')).statusCode)
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true)
    expect(statuses[20]).toBe(429)
  })
})
