import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { insertCase } from '../../helpers/cases'
import { runCalculator } from '../../../src/domain/calculators/registry'

describe('opinion routes', () => {
  let t: TestApp
  let caseId: string
  beforeAll(async () => {
    t = await buildTestApp()
    caseId = await insertCase(t.database, {
      applicantPhone: DEMO.resident,
      respondentPhone: DEMO.resident2,
      staffPhones: [DEMO.mediator],
      title: '工资与解除劳动合同纠纷',
    })
  })
  afterAll(async () => {
    await t.close()
  })

  const calculations = [
    {
      kind: 'economic-compensation',
      input: { averageMonthlyWage: 6000, startDate: '2020-01-01', endDate: '2023-06-30' },
    },
    { kind: 'notice-pay', input: { monthlyWage: 6000 } },
  ]

  it('writes a letter without a calculation table when no amount can be established', async () => {
    const bare = await insertCase(t.database, { applicantPhone: DEMO.resident, respondentPhone: DEMO.resident2 })
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${bare}/opinions`,
      headers: await t.authHeader(DEMO.resident),
      payload: {},
    })
    expect(res.statusCode).toBe(201)
    const document = res.json().document
    expect(document.total.amount).toBe(0)
    expect(JSON.stringify(document.sections)).not.toContain('"type":"table"')
    expect(JSON.stringify(document.sections)).toContain('尚不能确定申请人可主张的金额')
  })

  it('refuses when the case has no usable facts at all (422 naming the field)', async () => {
    const empty = await insertCase(t.database, { applicantPhone: DEMO.resident, respondentPhone: DEMO.resident2 })
    await t.database.db.updateTable('cases').set({ narrative: '', facts: '{}' }).where('id', '=', empty).execute()
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${empty}/opinions`,
      headers: await t.authHeader(DEMO.resident),
      payload: {},
    })
    expect(res.statusCode).toBe(422)
    expect(res.json()).toMatchObject({ code: 'OPINION_FACTS_MISSING', details: [{ field: 'facts' }] })
  })

  it('generates versions whose amounts equal the calculators, and serves JSON and PDF', async () => {
    const headers = await t.authHeader(DEMO.mediator)
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/opinions`,
      headers,
      payload: { calculations },
    })
    expect(first.statusCode).toBe(201)
    const opinion = first.json()
    expect(opinion.version).toBe(1)
    const expected = calculations.map((c) => runCalculator(c.kind, c.input).total)
    expect(expected).toEqual([24000, 6000]) // 3 years 6 months → N = 4
    expect(opinion.document.calculations.map((c: { total: number }) => c.total)).toEqual(expected)
    expect(opinion.document.total).toEqual({ amount: 30000, inWords: '人民币叁万元整' })
    // The narrative is the applicant's statement, marked as such.
    const facts = opinion.document.sections.find((s: { key: string }) => s.key === 'facts')
    expect(JSON.stringify(facts)).toContain('老板欠我三个月工资')

    const second = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/opinions`,
      headers,
      payload: { calculations: [calculations[1]] },
    })
    expect(second.json().version).toBe(2)

    const list = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/opinions`, headers })
    expect(list.json().items.map((i: { version: number; total: number }) => [i.version, i.total])).toEqual([
      [2, 6000],
      [1, 30000],
    ])
    const latest = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/opinions/latest`, headers })
    expect(latest.json().version).toBe(2)
    const v1 = await t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/opinions/1`, headers })
    expect(v1.json().document.total.amount).toBe(30000)

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/opinions/1/pdf`,
      headers: await t.authHeader(DEMO.resident),
    })
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'opinion-')), 'o.pdf')
    fs.writeFileSync(file, pdf.rawPayload)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(text).toContain('法律意见书')
    expect(text).toContain('30000.00元（人民币叁万元整）')
  })

  it('hides a case from users who are not on it', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/opinions`,
      headers: await t.authHeader(DEMO.police),
    })
    expect(res.statusCode).toBe(404)
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/opinions/9`,
      headers: await t.authHeader(DEMO.mediator),
    })
    expect(missing.statusCode).toBe(404)
  })
})
