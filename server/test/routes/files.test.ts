import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { insertCase } from '../helpers/cases'
import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'

const fixture = (name: string) => readFileSync(path.join(__dirname, '../domain/files/fixtures', name))
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const STRANGER = '13912340000'

/** A multipart/form-data body as browsers and WeChat's uploadFile send it. */
function multipart(parts: { name: string; filename?: string; contentType?: string; data: Buffer | string }[]) {
  const boundary = `----tiaojie${randomBytes(8).toString('hex')}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`
    const type = part.contentType ? `\r\nContent-Type: ${part.contentType}` : ''
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}${type}\r\n\r\n`),
    )
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Every stored object (data files) under the local storage folder. */
async function storedObjects(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'files')
  const entries = await readdir(root, { recursive: true }).catch(() => [] as string[])
  return entries.filter((entry) => String(entry).endsWith('.bin') && !String(entry).startsWith('.tmp'))
}

describe('/api/v1 case files', () => {
  let t: TestApp
  let caseId: string
  let closedCaseId: string

  beforeAll(async () => {
    t = await buildTestApp()
    caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
      staffPhones: [DEMO.mediator],
    })
    closedCaseId = await insertCase(t.database, { applicantPhone: DEMO.resident, status: 'closed' })
  })
  afterAll(async () => {
    await t.close()
  })

  const upload = async (
    phone: string,
    file: { data: Buffer; contentType?: string; filename?: string },
    options: { caseId?: string; query?: string } = {},
  ) => {
    t.clock.advance(1) // the test clock stands still otherwise; uploads are listed in time order
    const body = multipart([
      { name: 'note', data: '工资条照片' },
      { name: 'file', filename: file.filename ?? 'upload.bin', contentType: file.contentType, data: file.data },
    ])
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${options.caseId ?? caseId}/files${options.query ?? ''}`,
      headers: { ...(await t.authHeader(phone)), 'content-type': body.contentType },
      payload: body.payload,
    })
  }
  const download = async (phone: string, fileId: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${fileId}`,
      headers: { ...(await t.authHeader(phone)), ...headers },
    })

  it('stores an applicant’s photo and serves the same bytes back with integrity headers', async () => {
    const photo = fixture('photo.jpg')
    const res = await upload(DEMO.resident, {
      data: photo,
      contentType: 'image/jpeg',
      filename: 'C:\\fakepath\\工资条.jpg',
    })
    expect(res.statusCode).toBe(201)
    const info = res.json()
    expect(info).toMatchObject({
      caseId,
      kind: 'image',
      contentType: 'image/jpeg',
      size: photo.length,
      sha256: sha256(photo),
      originalName: '工资条.jpg',
      url: `/api/v1/files/${info.id}`,
    })

    const got = await download(DEMO.resident, info.id)
    expect(got.statusCode).toBe(200)
    expect(got.rawPayload.equals(photo)).toBe(true)
    expect(got.headers['content-type']).toBe('image/jpeg')
    expect(got.headers['content-length']).toBe(String(photo.length))
    expect(got.headers.etag).toBe(`"${sha256(photo)}"`)
    expect(got.headers['x-content-type-options']).toBe('nosniff')
    expect(got.headers['content-disposition']).toBe(
      `inline; filename="${info.id}.jpg"; filename*=UTF-8''${encodeURIComponent('工资条.jpg')}`,
    )

    const unchanged = await download(DEMO.resident, info.id, { 'if-none-match': `"${sha256(photo)}"` })
    expect(unchanged.statusCode).toBe(304)
    expect(unchanged.body).toBe('')
  })

  it('records the upload in the audit chain and keeps the random storage key out of every response', async () => {
    const res = await upload(DEMO.resident, { data: fixture('photo.png'), contentType: 'image/png' })
    const info = res.json()
    const row = await t.database.db.selectFrom('files').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow()
    expect(row.storage_key).toMatch(/^image\/[0-9a-f-]{36}$/)
    expect(res.body).not.toContain(row.storage_key)
    const entry = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'file.upload')
      .where('entity_id', '=', info.id)
      .executeTakeFirstOrThrow()
    expect(JSON.parse(entry.data)).toMatchObject({ caseId, kind: 'image', sha256: sha256(fixture('photo.png')) })
  })

  it('lets the other party, the case mediator and the committee admin read files; nobody else', async () => {
    const info = (
      await upload(DEMO.resident, { data: fixture('agreement.pdf'), contentType: 'application/pdf' })
    ).json()
    for (const phone of [DEMO.resident2, DEMO.mediator, DEMO.committeeAdmin]) {
      expect((await download(phone, info.id)).statusCode).toBe(200)
    }
    for (const phone of [STRANGER, DEMO.police, DEMO.courtClerk, DEMO.sysAdmin, DEMO.mediatorAdmin]) {
      const res = await download(phone, info.id)
      expect(res.statusCode).toBe(404)
      expect(res.json().code).toBe('FILE_NOT_FOUND')
    }
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/files/${info.id}` })
    expect(anonymous.statusCode).toBe(401)
  })

  it('lists a case’s files for those who may see the case', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/files`,
      headers: await t.authHeader(DEMO.mediator),
    })
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((f: { kind: string }) => f.kind)).toEqual(['image', 'image', 'pdf'])
    const stranger = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/files`,
      headers: await t.authHeader(STRANGER),
    })
    expect(stranger.statusCode).toBe(404)
    expect(stranger.json().code).toBe('CASE_NOT_FOUND')
  })

  it('refuses uploads to a case the user cannot see, before storing anything', async () => {
    const before = await storedObjects(t.config.dataDir)
    const res = await upload(STRANGER, { data: fixture('photo.jpg'), contentType: 'image/jpeg' })
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('CASE_NOT_FOUND')
    const unknownCase = await upload(DEMO.resident, { data: fixture('photo.jpg') }, { caseId: 'no-such-case' })
    expect(unknownCase.statusCode).toBe(404)
    expect(await storedObjects(t.config.dataDir)).toEqual(before)
  })

  it('trusts the content when WeChat declares application/octet-stream', async () => {
    const res = await upload(DEMO.resident2, { data: fixture('tone.m4a'), contentType: 'application/octet-stream' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'audio', contentType: 'audio/mp4' })
    expect((await download(DEMO.resident2, res.json().id)).headers['content-disposition']).toContain('.m4a"')
  })

  it.each([
    ['a PDF declared as a JPEG', 'agreement.pdf', 'image/jpeg', '', 400, 'FILE_TYPE_MISMATCH'],
    ['a GIF', 'photo.gif', 'image/gif', '', 400, 'FILE_TYPE_UNSUPPORTED'],
    ['an image where only audio is taken', 'photo.png', 'image/png', '?kind=audio', 400, 'FILE_KIND_NOT_ALLOWED'],
  ])('refuses %s with a clear error and stores nothing', async (_label, name, contentType, query, status, code) => {
    const before = await storedObjects(t.config.dataDir)
    const res = await upload(DEMO.resident, { data: fixture(name), contentType }, { query })
    expect(res.statusCode).toBe(status)
    expect(res.json()).toMatchObject({ code, details: [{ field: 'file' }] })
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await storedObjects(t.config.dataDir)).toEqual(before)
  })

  it('refuses an image one byte over 10 MB with 413 and keeps neither row nor object', async () => {
    const before = await storedObjects(t.config.dataDir)
    const rowsBefore = await t.database.db.selectFrom('files').select('id').execute()
    const oversized = Buffer.concat([
      fixture('photo.jpg'),
      Buffer.alloc(10 * 1024 * 1024 + 1 - fixture('photo.jpg').length),
    ])
    const res = await upload(DEMO.resident, { data: oversized, contentType: 'image/jpeg' })
    expect(res.statusCode).toBe(413)
    expect(res.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: '图片不能超过 10 MB（略超过 10 MB）' })
    expect(await storedObjects(t.config.dataDir)).toEqual(before)
    expect(await t.database.db.selectFrom('files').select('id').execute()).toEqual(rowsBefore)
  })

  it('accepts a 12 MB PDF (PDFs may be up to 20 MB)', async () => {
    const pdf = Buffer.concat([fixture('agreement.pdf'), randomBytes(12 * 1024 * 1024)])
    const res = await upload(DEMO.mediator, { data: pdf, contentType: 'application/pdf' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'pdf', size: pdf.length, sha256: sha256(pdf) })
  })

  it('asks for a file when the request has none', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/files`,
      headers: await t.authHeader(DEMO.resident),
      payload: { file: 'not a file' },
    })
    expect(json.statusCode).toBe(400)
    expect(json.json()).toMatchObject({ code: 'FILE_REQUIRED', details: [{ field: 'file' }] })

    const body = multipart([{ name: 'note', data: 'no file here' }])
    const fieldsOnly = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/files`,
      headers: { ...(await t.authHeader(DEMO.resident)), 'content-type': body.contentType },
      payload: body.payload,
    })
    expect(fieldsOnly.json().code).toBe('FILE_REQUIRED')
  })

  it('refuses uploads to a closed case', async () => {
    const res = await upload(
      DEMO.resident,
      { data: fixture('photo.jpg'), contentType: 'image/jpeg' },
      { caseId: closedCaseId },
    )
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('CASE_CLOSED')
  })

  it('reports FILE_NOT_FOUND for an unknown id and when the stored object has gone', async () => {
    expect((await download(DEMO.resident, 'no-such-file')).json().code).toBe('FILE_NOT_FOUND')
    const info = (await upload(DEMO.resident, { data: fixture('tone.mp3'), contentType: 'audio/mpeg' })).json()
    const row = await t.database.db.selectFrom('files').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow()
    await t.app.services.storage.delete(row.storage_key)
    const res = await download(DEMO.resident, info.id)
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('FILE_NOT_FOUND')
  })
})
