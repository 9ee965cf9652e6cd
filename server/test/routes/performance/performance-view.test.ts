import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { newId } from '../../../src/lib/ids'
import { fileLinkKey, SignedFileLinks } from '../../../src/services/performance/signed-file-links'
import { buildTestApp, type TestApp } from '../../helpers/test-app'
import { api, effectiveAgreement, insertFile, type EffectiveCase } from '../judicial/judicial-fixture'

const photo = readFileSync(path.join(__dirname, '../../domain/files/fixtures/photo.jpg'))

function multipartJpeg(bytes: Buffer) {
  const boundary = `----tiaojie${randomBytes(8).toString('hex')}`
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="转账截图.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

describe('performance view: receipt links, my rating, the sides of the case', () => {
  let t: TestApp
  let e: EffectiveCase
  let receiptUrl: string
  let otherFileId: string
  beforeAll(async () => {
    t = await buildTestApp()
    e = await effectiveAgreement(t, (content) => ({
      ...content,
      terms: [
        {
          ...content.terms[0],
          amount: 12000,
          dueDate: undefined,
          instalments: [
            { dueDate: '2026-11-28', amount: 4000 },
            { dueDate: '2026-12-28', amount: 8000 },
          ],
        },
      ],
    }))
    otherFileId = await insertFile(t, e.c.caseId, e.c.users.applicant.userId)
  })
  afterAll(async () => {
    await t.close()
  })

  const view = async (who: 'applicant' | 'respondent' | 'mediator' | 'admin') => {
    const res = await api(t, e, who, 'GET', `/performance/cases/${e.c.caseId}`)
    expect(res.statusCode).toBe(200)
    return res.json()
  }
  const anonymous = (url: string) => t.app.inject({ method: 'GET', url })

  it('names the sides of the case and marks the viewer’s own', async () => {
    const mine = await view('applicant')
    const kase = await t.database.db
      .selectFrom('cases')
      .select(['case_number', 'title'])
      .where('id', '=', e.c.caseId)
      .executeTakeFirstOrThrow()
    expect(mine).toMatchObject({ caseNumber: kase.case_number, title: kase.title, myRole: 'applicant' })
    expect(mine.parties).toEqual([
      { id: e.partyIds.applicant, role: 'applicant', name: '王秀英', isMe: true },
      { id: e.partyIds.respondent, role: 'respondent', name: '李建国', isMe: false },
    ])
    const staff = await view('mediator')
    expect(staff.myRole).toBe('staff')
    expect(staff.parties.map((p: { isMe: boolean }) => p.isMe)).toEqual([false, false])
    expect((await view('admin')).myRole).toBe('staff')
  })

  it('gives the payer a signed link to the receipt photo once paid; the link needs no token', async () => {
    const [first] = (await view('respondent')).instalments
    expect(first.receiptUrl).toBeNull()
    const body = multipartJpeg(photo)
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${e.c.caseId}/files?kind=image`,
      headers: { ...(await t.authHeader(e.c.users.respondent.phone)), ...body.headers },
      payload: body.payload,
    })
    expect(uploaded.statusCode).toBe(201)
    const someoneElses = await api(t, e, 'respondent', 'POST', `/performance/instalments/${first.id}/paid`, {
      receiptFileId: otherFileId,
    })
    expect(someoneElses.json()).toMatchObject({
      code: 'RECEIPT_FILE_INVALID',
      message: '付款凭证须由您本人先上传到本案',
    })
    const paid = await api(t, e, 'respondent', 'POST', `/performance/instalments/${first.id}/paid`, {
      receiptFileId: uploaded.json().id,
    })
    expect(paid.statusCode).toBe(200)
    receiptUrl = paid.json().receiptUrl
    expect(receiptUrl).toMatch(new RegExp(`^/api/v1/files/${uploaded.json().id}/signed\\?expires=\\d+&signature=`))

    const got = await anonymous(receiptUrl)
    expect(got.statusCode).toBe(200)
    expect(got.headers['content-type']).toBe('image/jpeg')
    expect(got.rawPayload.equals(photo)).toBe(true)
    // The plain download still needs the bearer token.
    expect((await anonymous(`/api/v1/files/${uploaded.json().id}`)).statusCode).toBe(401)
  })

  it('the payee and the case staff get a working link; the second, unpaid instalment has none', async () => {
    for (const who of ['applicant', 'mediator', 'admin'] as const) {
      const [first, second] = (await view(who)).instalments
      expect(second.receiptUrl).toBeNull()
      expect(first.receiptUrl).toMatch(/^\/api\/v1\/files\/.+\/signed\?/)
      expect((await anonymous(first.receiptUrl)).statusCode).toBe(200)
    }
  })

  it('a stranger to the case never receives a link', async () => {
    const res = await api(t, e, 'outsider', 'GET', `/performance/cases/${e.c.caseId}`)
    expect(res.statusCode).toBe(404)
    expect(res.body).not.toContain('/signed')
    const [first] = (await view('applicant')).instalments
    const confirm = await api(t, e, 'outsider', 'POST', `/performance/instalments/${first.id}/confirm`)
    expect(confirm.json().code).toBe('INSTALMENT_NOT_FOUND')
    expect(confirm.body).not.toContain('/signed')
  })

  it('cannot be altered to fetch another file, a later expiry or a forged signature', async () => {
    const url = new URL(receiptUrl, 'http://x')
    const expires = Number(url.searchParams.get('expires'))
    const signature = url.searchParams.get('signature')!
    const other = await anonymous(`/api/v1/files/${otherFileId}/signed${url.search}`)
    expect(other.statusCode).toBe(403)
    expect(other.json()).toMatchObject({ code: 'FILE_LINK_INVALID', message: '图片链接无效' })
    const later = await anonymous(`${url.pathname}?expires=${expires + 3600}&signature=${signature}`)
    expect(later.json().code).toBe('FILE_LINK_INVALID')
    const forged = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`
    expect((await anonymous(`${url.pathname}?expires=${expires}&signature=${forged}`)).json().code).toBe(
      'FILE_LINK_INVALID',
    )
    expect((await anonymous(`${url.pathname}?expires=soon&signature=${signature}`)).statusCode).toBe(400)
  })

  it('a link signed with the app key for a file that no longer exists is a 404', async () => {
    const links = new SignedFileLinks(fileLinkKey(t.config), t.clock)
    const res = await anonymous(links.url('no-such-file'))
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('FILE_NOT_FOUND')
  })

  it('shows the viewer’s own rating once given, and only theirs', async () => {
    expect((await view('applicant')).myRating).toBeNull()
    const rated = await api(t, e, 'applicant', 'POST', `/performance/cases/${e.c.caseId}/rating`, {
      score: 4,
      comment: '调解员很耐心',
    })
    expect(rated.statusCode).toBe(200)
    expect((await view('applicant')).myRating).toEqual({
      score: 4,
      comment: '调解员很耐心',
      createdAt: t.clock.now().toISOString(),
    })
    expect((await view('respondent')).myRating).toBeNull()
    expect((await view('mediator')).myRating).toBeNull()
  })

  it('another party of the case, neither payer nor payee, sees that a receipt is attached but gets no link', async () => {
    // Declared after the stranger test on purpose: from here on the fixture's outsider is a co-respondent.
    const third = e.c.users.outsider
    await t.database.db
      .insertInto('case_parties')
      .values({
        id: newId(),
        case_id: e.c.caseId,
        role: 'respondent',
        user_id: third.userId,
        name: '某劳务派遣公司',
        phone: third.phone,
        kind: 'organisation',
        created_at: t.clock.now().toISOString(),
      })
      .execute()
    const res = await api(t, e, 'outsider', 'GET', `/performance/cases/${e.c.caseId}`)
    expect(res.statusCode).toBe(200)
    const [first] = res.json().instalments
    expect(first).toMatchObject({ status: 'paid', receiptFileId: expect.any(String), receiptUrl: null })
    expect(res.json().parties).toContainEqual(expect.objectContaining({ name: '某劳务派遣公司', isMe: true }))
  })

  it('the link expires', async () => {
    expect((await anonymous(receiptUrl)).statusCode).toBe(200)
    t.clock.advance(21 * 60)
    const expired = await anonymous(receiptUrl)
    expect(expired.statusCode).toBe(403)
    expect(expired.json()).toMatchObject({ code: 'FILE_LINK_EXPIRED', message: '图片链接已过期，请刷新页面后重试' })
    // A fresh view signs a fresh link.
    const [first] = (await view('applicant')).instalments
    expect(first.receiptUrl).not.toBe(receiptUrl)
    expect((await anonymous(first.receiptUrl)).statusCode).toBe(200)
  })
})
