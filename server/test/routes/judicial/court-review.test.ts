import type { JudicialApplication } from '@contract/judicial'
import { newId } from '../../../src/lib/ids'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import {
  api,
  applicationBody,
  districtCourtId,
  effectiveAgreement,
  insertFile,
  type EffectiveCase,
} from './judicial-fixture'

const clerk = { phone: DEMO.courtClerk }

/** The court's review before filing, the consent check, the readable application text and material deadlines. */
describe('judicial confirmation: the court’s review', () => {
  let t: TestApp
  let court: string
  beforeAll(async () => {
    t = await buildTestApp()
    court = await districtCourtId(t)
  })
  afterAll(async () => {
    await t.close()
  })

  /** A case file whose bytes are really stored (an uploaded photo). */
  async function storedFile(caseId: string, userId: string, bytes: string) {
    const id = await insertFile(t, caseId, userId)
    await t.app.services.storage.put(`evidence/${id}`, Buffer.from(bytes), { contentType: 'image/jpeg' })
    return id
  }

  async function prepared(e: EffectiveCase) {
    const body = await applicationBody(t, e, court)
    for (const party of body.parties) {
      await t.app.services.storage.put(`evidence/${party.idProofFileIds[0]}`, Buffer.from(`id-of-${party.partyId}`), {
        contentType: 'image/jpeg',
      })
    }
    const created = await api(t, e, 'mediator', 'POST', `/judicial/cases/${e.c.caseId}/application`, body)
    expect(created.statusCode).toBe(201)
    return { application: created.json() as JudicialApplication, body }
  }

  async function submitted(e: EffectiveCase) {
    const { application, body } = await prepared(e)
    await api(t, e, 'applicant', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    const last = await api(t, e, 'respondent', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    expect(last.json().status).toBe('submitted')
    return { application: last.json() as JudicialApplication, body, id: application.id }
  }

  async function asOtherCourt<T>(work: () => Promise<T>): Promise<T> {
    const other = newId()
    const now = t.clock.now().toISOString()
    await t.database.db
      .insertInto('organisations')
      .values({
        id: other,
        name: `重庆市渝中区人民法院${other.slice(0, 4)}`,
        type: 'court',
        level: null,
        specialities: '[]',
        region_code: '500000',
        address: '',
        phone: '',
        service_area: '["500103"]',
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await t.database.db
      .updateTable('users')
      .set({ organisation_id: other })
      .where('phone', '=', DEMO.courtClerk)
      .execute()
    try {
      return await work()
    } finally {
      await t.database.db
        .updateTable('users')
        .set({ organisation_id: court })
        .where('phone', '=', DEMO.courtClerk)
        .execute()
    }
  }

  it('lets the addressed court’s clerk read the application and its attachments before filing, and nothing else', async () => {
    const e = await effectiveAgreement(t)
    const { application, body } = await submitted(e)
    const base = `/judicial/applications/${application.id}`
    const proofId = body.parties[0].idProofFileIds[0]

    const pdf = await api(t, e, clerk, 'GET', `${base}/files/${application.applicationFileId}`)
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    const proof = await api(t, e, clerk, 'GET', `${base}/files/${proofId}`)
    expect(proof.statusCode).toBe(200)
    expect(proof.body).toBe(`id-of-${body.parties[0].partyId}`)
    const agreement = await api(t, e, clerk, 'GET', `${base}/agreement.pdf`)
    expect(agreement.statusCode).toBe(200)
    expect(agreement.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')

    // Nothing else: another file of the case, the case itself and its file list stay closed before filing.
    const evidence = await storedFile(e.c.caseId, e.c.users.applicant.userId, 'private evidence')
    const other = await api(t, e, clerk, 'GET', `${base}/files/${evidence}`)
    expect(other.statusCode).toBe(404)
    expect(other.json().code).toBe('FILE_NOT_FOUND')
    expect((await api(t, e, clerk, 'GET', `/files/${evidence}`)).statusCode).toBe(404)
    expect((await api(t, e, clerk, 'GET', `/files/${proofId}`)).statusCode).toBe(404)
    expect((await api(t, e, clerk, 'GET', `/cases/${e.c.caseId}/files`)).statusCode).toBe(404)
    // Parties and other staff use the case routes, not the court's.
    expect((await api(t, e, 'applicant', 'GET', `${base}/files/${proofId}`)).statusCode).toBe(403)

    await asOtherCourt(async () => {
      expect((await api(t, e, clerk, 'GET', `${base}/files/${proofId}`)).json().code).toBe(
        'JUDICIAL_APPLICATION_NOT_FOUND',
      )
      expect((await api(t, e, clerk, 'GET', `${base}/agreement.pdf`)).statusCode).toBe(404)
    })
  })

  it('keeps the application from the court until the parties have all confirmed it', async () => {
    const e = await effectiveAgreement(t)
    const { application } = await prepared(e)
    const res = await api(
      t,
      e,
      clerk,
      'GET',
      `/judicial/applications/${application.id}/files/${application.applicationFileId}`,
    )
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('JUDICIAL_APPLICATION_NOT_FOUND')
  })

  it('reports consent from the application’s confirmations', async () => {
    const e = await effectiveAgreement(t)
    const consent = async () =>
      (await api(t, e, 'applicant', 'GET', `/judicial/cases/${e.c.caseId}/readiness`))
        .json()
        .checks.find((c: { code: string }) => c.code === 'BOTH_PARTIES_CONSENT')
    await prepared(e)
    expect(await consent()).toMatchObject({
      status: 'pending',
      message: expect.stringMatching(/^等待.+、.+确认申请书$/),
    })

    await api(t, e, 'applicant', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    const names = await t.database.db
      .selectFrom('case_parties')
      .select(['user_id', 'name'])
      .where('case_id', '=', e.c.caseId)
      .execute()
    const respondent = names.find((p) => p.user_id === e.c.users.respondent.userId)!.name
    expect(await consent()).toMatchObject({ status: 'pending', message: `等待${respondent}确认申请书` })

    await api(t, e, 'respondent', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    expect(await consent()).toMatchObject({ status: 'pass', message: '双方当事人均已确认申请书' })
  })

  it('gives the application’s text: applicants, request, facts and reasons, the agreement’s terms', async () => {
    const e = await effectiveAgreement(t)
    const { application } = await prepared(e)
    const text = application.text!
    expect(text.applicants).toHaveLength(2)
    expect(text.applicants[0]).toMatchObject({ roleLabel: '申请人', address: '重庆市九龙坡区杨家坪街道团结路1号' })
    expect(text.applicants[1].roleLabel).toBe('申请人（原被申请人）')
    expect(text.request).toMatch(/^请求确认申请人于\d{4}年\d{1,2}月\d{1,2}日经.+主持调解达成的《.+》有效。$/)
    expect(text.factsAndReasons[1]).toMatch(/人民调解法》第三十三条.+民事诉讼法》第二百零五条/)
    expect(text.agreementSummary.length).toBeGreaterThan(0)
    expect(text.agreementSummary.join()).toMatch(/12,?000/)
    expect(text.undertaking).toMatch(/不存在恶意串通/)
    expect(text.addressee).toBe('重庆市九龙坡区人民法院')
    // The clerk reads the same text once it is submitted.
    await api(t, e, 'applicant', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    await api(t, e, 'respondent', 'POST', `/judicial/cases/${e.c.caseId}/application/confirm`)
    const seen = (await api(t, e, clerk, 'GET', `/judicial/applications/${application.id}`)).json()
    expect(seen.text).toEqual(text)
  })

  it('names a wrong status in Chinese', async () => {
    const e = await effectiveAgreement(t)
    const { application } = await submitted(e)
    const early = await api(t, e, clerk, 'POST', `/judicial/applications/${application.id}/decision`, {
      outcome: 'valid',
    })
    expect(early.statusCode).toBe(409)
    expect(early.json()).toMatchObject({
      code: 'JUDICIAL_STATUS_INVALID',
      message: '申请当前状态为“已提交法院，待立案”，不能进行此操作',
    })
  })

  it('asks for materials by a date: stored, shown to the parties, in the notice; a past date is refused', async () => {
    const e = await effectiveAgreement(t)
    const { application } = await submitted(e)
    const base = `/judicial/applications/${application.id}`
    await api(t, e, clerk, 'POST', `${base}/file`, { courtCaseNumber: '（2026）渝0107民特91号' })

    const today = await api(t, e, clerk, 'POST', `${base}/material-requests`, {
      message: '请补充收入证明',
      dueDate: '2026-11-26',
    })
    expect(today.statusCode).toBe(400)
    expect(today.json()).toMatchObject({
      code: 'MATERIALS_DUE_DATE_INVALID',
      message: '补充期限须晚于今天',
      details: [{ field: 'dueDate' }],
    })
    const impossible = await api(t, e, clerk, 'POST', `${base}/material-requests`, {
      message: '请补充收入证明',
      dueDate: '2026-02-30',
    })
    expect(impossible.json()).toMatchObject({ code: 'MATERIALS_DUE_DATE_INVALID', message: '补充期限不是有效的日期' })

    const asked = await api(t, e, clerk, 'POST', `${base}/material-requests`, {
      message: '请补充收入证明',
      dueDate: '2026-12-03',
    })
    expect(asked.statusCode).toBe(200)
    expect(asked.json().materialRequests).toEqual([expect.objectContaining({ dueDate: '2026-12-03' })])
    const seen = (await api(t, e, 'applicant', 'GET', `/judicial/cases/${e.c.caseId}/application`)).json()
    expect(seen.materialRequests[0]).toMatchObject({ message: '请补充收入证明', dueDate: '2026-12-03' })
    const notice = await t.database.db
      .selectFrom('notifications')
      .select('body')
      .where('case_id', '=', e.c.caseId)
      .where('user_id', '=', e.c.users.applicant.userId)
      .where('title', '=', '法院要求补充材料')
      .executeTakeFirstOrThrow()
    expect(notice.body).toMatch(/^请补充收入证明\n请于2026年12月3日前补充（民诉法解释第三百五十四条）/)

    const open = await api(t, e, clerk, 'POST', `${base}/material-requests`, { message: '请补充身份证复印件' })
    expect(open.json().materialRequests[1].dueDate).toBeNull()

    // What a party supplies becomes readable to the court.
    const supplied = await storedFile(e.c.caseId, e.c.users.applicant.userId, 'income proof')
    await api(
      t,
      e,
      'applicant',
      'POST',
      `/judicial/cases/${e.c.caseId}/application/material-requests/${asked.json().materialRequests[0].id}/supply`,
      { fileIds: [supplied] },
    )
    const read = await api(t, e, clerk, 'GET', `${base}/files/${supplied}`)
    expect(read.statusCode).toBe(200)
    expect(read.body).toBe('income proof')
  })
})
