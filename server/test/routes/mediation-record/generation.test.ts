import type { MediationRecord } from '@contract/mediation-record'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { addStaff, auditActions, get, post, STREET_COMMITTEE } from '../referrals/referral-fixtures'
import {
  addFact,
  generate,
  markFact,
  mediatedCase,
  recordUrl,
  say,
  uploadEvidence,
  validIdNumber,
  verifyRealName,
} from './record-fixture'

describe('the mediation record: generation and access', () => {
  let t: TestApp
  let caseId: string
  let roomId: string
  beforeAll(async () => {
    t = await buildTestApp()
    caseId = await mediatedCase(t)
    await verifyRealName(t, DEMO.resident, '王秀英', validIdNumber('19650312', '123'))
    roomId = await say(t, caseId, [
      [DEMO.resident, '我从3月开始在李老板的装修队干活，8月到10月的工资一直没发。'],
      [DEMO.mediator, '请被申请人说说情况。'],
      [DEMO.resident2, '工程款没结，我也是没办法，10月份已经付了5000元。'],
    ])
    const agreed = await addFact(
      t,
      caseId,
      DEMO.resident,
      'employment_start',
      '王秀英自2026年3月起在李建国的装修队工作。',
    )
    await markFact(t, caseId, DEMO.resident2, agreed, { mark: 'agree' })
    const disputed = await addFact(t, caseId, DEMO.resident, 'wage_owed', '李建国拖欠王秀英8月至10月工资共15000元。')
    await markFact(t, caseId, DEMO.resident2, disputed, { mark: 'dispute', comment: '10月已付5000元' })
    await uploadEvidence(t, caseId, DEMO.resident, 'wage-slip.png')
  })
  afterAll(async () => {
    await t.close()
  })

  it('fills every §6.2 section from the case, the session and the fact sheet', async () => {
    const record = await generate(t, caseId)
    expect(record.version).toBe(1)
    expect(record.latest).toBe(true)
    expect(record.header.caseNumber).toMatch(/\S+/)
    expect(record.header.sessionId).toBe(roomId)
    expect(record.content.place).toContain(roomId)
    expect(record.content.mode).toBe('text')

    const applicant = record.header.participants.find((p) => p.role === 'applicant')!
    const respondent = record.header.participants.find((p) => p.role === 'respondent')!
    const mediator = record.header.participants.find((p) => p.role === 'mediator')!
    expect(applicant.identity).toMatchObject({ verified: true, idNumberMasked: expect.stringMatching(/^500107\*+/) })
    expect(applicant.identity.verifiedAt).not.toBeNull()
    expect(respondent.identity).toMatchObject({ verified: false, method: '未完成实名认证' })
    expect(mediator.name).toBeTruthy()
    expect(record.content.recorderName).toBe(mediator.name)

    expect(record.content.disclosure.mediatorStatement).toContain('第十三条')
    expect(record.content.disclosure.answers.map((a) => a.partyId).sort()).toEqual(
      [applicant.partyId, respondent.partyId].sort(),
    )
    expect(record.content.rightsNotice).toContain('第十八条')
    expect(record.content.rightsNotice).toContain('第二十三条')

    const said = (partyId: string | null) => record.content.statements.find((s) => s.partyId === partyId)!.statements
    // The officer's account of the referral is the police's, not the applicant's own statement.
    expect(said(applicant.partyId)).toEqual(['我从3月开始在李老板的装修队干活，8月到10月的工资一直没发。'])
    expect(said(respondent.partyId)).toEqual(['工程款没结，我也是没办法，10月份已经付了5000元。'])
    // The mediator's own words and system events (joined, fact_marked) are not a party's statement.
    expect(JSON.stringify(record.content.statements)).not.toContain('请被申请人说说情况')

    expect(record.content.agreedFacts).toEqual(['王秀英自2026年3月起在李建国的装修队工作。'])
    expect(record.content.disputedPoints).toEqual([
      '李建国拖欠王秀英8月至10月工资共15000元。（被申请人有异议：10月已付5000元）',
    ])
    expect(record.content.evidence).toEqual([
      expect.objectContaining({ name: 'wage-slip.png', fileId: expect.any(String) }),
    ])
    expect(record.content.outcome).toEqual({ result: 'pending', reasons: '' })

    for (const heading of [
      '一、参加人员及身份核验',
      '二、利益冲突披露及当事人意见',
      '三、权利义务告知',
      '四、当事人陈述及请求',
      '五、证据材料',
      '六、双方确认的无争议事实',
      '七、争议焦点',
      '八、调解员释法说理',
      '九、调解方案及建议',
      '十、调解结果',
    ]) {
      expect(record.text).toContain(heading)
    }
    expect(record.text).toContain('案件编号：')
    expect(record.text).toContain('调解方式：线上文字调解')
    expect(record.text).toContain('身份核验：已实名认证')
    expect(record.confirmations.map((c) => [c.role, c.confirmedAt])).toEqual([
      ['applicant', null],
      ['respondent', null],
      ['mediator', null],
    ])
    expect(await auditActions(t, caseId)).toContain('mediation_record.generate')
  })

  it('asks the parties to confirm, and shows the record to them and the committee admin', async () => {
    const notes = (await get(t, DEMO.resident, '/api/v1/notifications')).json()
    expect(notes.items.some((n: { kind: string }) => n.kind === 'record_confirmation')).toBe(true)
    const asParty = (await get(t, DEMO.resident2, recordUrl(caseId))).json() as MediationRecord
    expect(asParty).toMatchObject({ canEdit: false, canConfirm: true })
    const asAdmin = await get(t, DEMO.committeeAdmin, recordUrl(caseId))
    expect(asAdmin.statusCode).toBe(200)
    expect(asAdmin.json()).toMatchObject({ canEdit: false, canConfirm: false })
  })

  it('lets only the case mediator write it', async () => {
    const party = await post(t, DEMO.resident, recordUrl(caseId))
    expect(party.statusCode).toBe(403)
    expect(party.json().code).toBe('RECORD_MEDIATOR_ONLY')
    const admin = await post(t, DEMO.committeeAdmin, recordUrl(caseId))
    expect(admin.statusCode).toBe(403)

    const otherMediator = '13800000099'
    await addStaff(t, { phone: otherMediator, name: '赵调解', roles: ['mediator'], organisation: STREET_COMMITTEE })
    const other = await post(t, otherMediator, recordUrl(caseId))
    expect(other.statusCode).toBe(404)
    expect(other.json().code).toBe('CASE_NOT_FOUND')
    expect((await get(t, otherMediator, recordUrl(caseId))).statusCode).toBe(404)

    const stranger = '13912345678'
    expect((await get(t, stranger, recordUrl(caseId))).statusCode).toBe(404)
    // The referring officer is staff of the case, but the record holds what the parties said in mediation.
    const officer = await get(t, DEMO.police, recordUrl(caseId))
    expect(officer.statusCode).toBe(403)
    expect(officer.json().code).toBe('RECORD_FORBIDDEN')
  })

  it('answers 404 with a code before the first version', async () => {
    const fresh = await mediatedCase(t, { incidentNumber: 'J500107202611260002' })
    const res = await get(t, DEMO.mediator, recordUrl(fresh))
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('RECORD_NOT_FOUND')
  })
})
