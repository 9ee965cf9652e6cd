import { buildTestApp, DEMO, type TestApp } from '../helpers/test-app'

type Json = Record<string, any>

const WAGE_STORY =
  '我在九龙坡区杨家坪街道团结路社区附近的重庆某建筑劳务有限公司工地干活，2025年3月1日进场，每月工资6000元，' +
  '老板一直拖欠工资，到现在还欠我18000元没给。'

/** A plausible answer for any question kind, so a conversation can run to the end. */
function answerFor(question: Json): Json {
  switch (question.kind) {
    case 'dispute_type':
      return { value: question.choices[0].value }
    case 'money':
      return { value: 5000 }
    case 'date':
      return { value: '2025-06-01' }
    case 'date_range':
      return { value: '2025-03/2025-06' }
    case 'duration':
      return { value: 'P1Y' }
    case 'party':
      return { value: { name: '王某', kind: 'person' } }
    case 'choice':
      return { value: question.choices[0].value }
    case 'evidence':
      return { value: ['工资条', '聊天记录'] }
    default:
      return { text: question.slot === 'location' ? '九龙坡区杨家坪街道团结路社区' : '希望对方尽快支付' }
  }
}

describe('intake routes', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await buildTestApp()
  })
  afterEach(async () => {
    await t.close()
  })

  const post = async (url: string, payload: Json, phone: string = DEMO.resident) =>
    t.app.inject({ method: 'POST', url: `/api/v1/intake${url}`, payload, headers: await t.authHeader(phone) })

  async function finish(session: Json): Promise<Json> {
    let current = session
    for (let i = 0; i < 40 && current.question; i++) {
      const res = await post(`/sessions/${current.id}/answers`, answerFor(current.question))
      expect(res.statusCode).toBe(200)
      current = res.json()
    }
    expect(current.question).toBeNull()
    return current
  }

  it('analyzes a narrative without login and returns type, labelled amounts, dates and missing slots', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/intake/analyze',
      payload: { text: '房东不退我3000元押金，我是去年9月搬走的。', today: '2026-01-15' },
    })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.disputeType).toBe('house_rental')
    expect(body.facts.amounts).toEqual([
      { value: 3000, text: '3000元', approximate: false, label: 'deposit', labelName: '押金' },
    ])
    expect(body.facts.dates.map((d: Json) => d.value)).toEqual(['2025-09'])
    expect(body.missing).toContain('monthly_rent')
    expect(body.risk.level).toBe('none')
  })

  it('answers 413 with a clear error for text over 5,000 characters, and 400 naming the field when text is missing', async () => {
    const long = await t.app.inject({
      method: 'POST',
      url: '/api/v1/intake/analyze',
      payload: { text: '欠'.repeat(5001) },
    })
    expect(long.statusCode).toBe(413)
    expect(long.json().code).toBe('INTAKE_TEXT_TOO_LONG')
    const badDay = await t.app.inject({
      method: 'POST',
      url: '/api/v1/intake/analyze',
      payload: { text: '欠薪', today: '2026-02-30' },
    })
    expect(badDay.statusCode).toBe(400)
    expect(badDay.json()).toMatchObject({ code: 'INTAKE_TODAY_INVALID', details: [{ field: 'today' }] })
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/intake/analyze', payload: {} })
    expect(missing.statusCode).toBe(400)
    expect(JSON.stringify(missing.json())).toContain('text')
  })

  it('serves the catalogue with every dispute type and a materials checklist', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/intake/catalogue' })).json()
    expect(list.items).toHaveLength(17)
    const detail = (await t.app.inject({ method: 'GET', url: '/api/v1/intake/catalogue/work_injury' })).json()
    expect(detail.slots.find((s: Json) => s.key === 'recognition_date').askIf).toEqual({
      slot: 'injury_recognised',
      equals: ['yes'],
    })
    expect(detail.materials).toContain('工伤认定决定书')
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/intake/catalogue/nope' })).statusCode).toBe(400)
  })

  it('requires a login for sessions and hides other residents’ sessions', async () => {
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/v1/intake/sessions',
      payload: { narrative: WAGE_STORY },
    })
    expect(anon.statusCode).toBe(401)
    const created = (await post('/sessions', { narrative: WAGE_STORY })).json()
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/intake/sessions/${created.id}`,
      headers: await t.authHeader(DEMO.resident2),
    })
    expect(other.statusCode).toBe(404)
  })

  it('runs a wage conversation with a correction, a skip and a back step, then submits a case routed to the labour committee', async () => {
    const created = await post('/sessions', { narrative: WAGE_STORY, today: '2026-01-15' })
    expect(created.statusCode).toBe(201)
    let s = created.json()
    expect(s.disputeType).toBe('wage_arrears')
    const fact = (key: string) => s.facts.find((f: Json) => f.key === key)
    expect(fact('owed_amount')).toMatchObject({ status: 'filled', value: 18000, source: 'narrative' })
    expect(fact('monthly_wage')).toMatchObject({ value: 6000 })
    expect(fact('employment_start')).toMatchObject({ value: '2025-03-01' })
    expect(fact('respondent').value).toEqual({ name: '重庆某建筑劳务有限公司', kind: 'organisation' })
    expect(s.question.slot).toBe('still_employed')

    s = (await post(`/sessions/${s.id}/answers`, { text: '已经不干了' })).json()
    expect(s.question.slot).toBe('employment_end')
    s = (await post(`/sessions/${s.id}/answers`, { text: '2025年11月20日' })).json()
    expect(fact('employment_end').value).toBe('2025-11-20')

    s = (await post(`/sessions/${s.id}/corrections`, { text: '不对，是2025年12月20日' })).json()
    expect(fact('employment_end')).toMatchObject({ value: '2025-12-20', source: 'correction' })
    // Labour arbitration: 1 year from the end of employment; the test clock stands at 2026-11-26.
    expect(s.limitations[0]).toMatchObject({ status: 'soon', deadline: '2026-12-20', basis: '劳动争议调解仲裁法 27' })

    const skipped = s.question.slot
    s = (await post(`/sessions/${s.id}/skip`, { unknown: true })).json()
    expect(fact(skipped).status).toBe('unknown')

    s = (await post(`/sessions/${s.id}/back`, {})).json()
    expect(s.question.slot).toBe(skipped)
    s = await finish(s)
    expect(s.canSubmit).toBe(true)

    const routing = await t.app.inject({
      method: 'GET',
      url: `/api/v1/intake/sessions/${s.id}/routing`,
      headers: await t.authHeader(DEMO.resident),
    })
    expect(routing.statusCode).toBe(200)
    const r = routing.json()
    expect(r.regionName).toBe('团结路社区')
    expect(r.recommended.name).toBe('九龙坡区劳动争议人民调解委员会')
    expect(r.alternatives.map((a: Json) => a.name)).toContain('杨家坪街道团结路社区人民调解委员会')

    const submitted = await post(`/sessions/${s.id}/submit`, {})
    expect(submitted.statusCode).toBe(201)
    const result = submitted.json()
    expect(result.case.status).toBe('pending_acceptance')
    expect(result.case.committee.name).toBe('九龙坡区劳动争议人民调解委员会')
    expect(result.riskFlag).toBeNull()

    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/cases', headers: await t.authHeader(DEMO.resident) })
    const listed = mine.json().items.find((c: Json) => c.id === result.case.id)
    expect(listed).toMatchObject({ status: 'pending_acceptance', disputeType: 'wage_arrears', myRole: 'applicant' })
    expect(listed.committee.name).toBe('九龙坡区劳动争议人民调解委员会')
    const detail = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/cases/${result.case.id}`,
        headers: await t.authHeader(DEMO.resident),
      })
    ).json()
    expect(detail.narrative).toBe(WAGE_STORY)
    expect(detail.facts.slots.owed_amount).toMatchObject({ value: 18000, status: 'filled' })
    expect(detail.parties.map((p: Json) => [p.role, p.name])).toContainEqual(['respondent', '重庆某建筑劳务有限公司'])

    const again = await post(`/sessions/${s.id}/answers`, { text: '3万' })
    expect(again.statusCode).toBe(409)
  })

  it('lets the resident choose another competent committee but not one outside the area', async () => {
    const s = await finish((await post('/sessions', { narrative: WAGE_STORY })).json())
    const routing = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/intake/sessions/${s.id}/routing`,
        headers: await t.authHeader(DEMO.resident),
      })
    ).json()
    const street = routing.alternatives.find((a: Json) => a.name === '九龙坡区杨家坪街道人民调解委员会')
    const bad = await post(`/sessions/${s.id}/submit`, { committeeId: 'no-such-committee' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('INTAKE_COMMITTEE_INVALID')
    const ok = await post(`/sessions/${s.id}/submit`, { committeeId: street.id })
    expect(ok.statusCode).toBe(201)
    expect(ok.json().case.committee.id).toBe(street.id)
  })

  it('flags an urgent case to the police station covering the area (PML 25)', async () => {
    const story = '邻居天天堵我家门，还说要拿刀砍死我。我住九龙坡区杨家坪街道西郊路社区。'
    const s = await finish((await post('/sessions', { narrative: story })).json())
    expect(s.risk.level).toBe('urgent')
    const res = await post(`/sessions/${s.id}/submit`, {})
    expect(res.statusCode).toBe(201)
    expect(res.json().riskFlag).toMatchObject({
      policeStationName: '重庆市公安局九龙坡区分局杨家坪派出所',
      level: 'urgent',
    })
    const flags = await t.database.db.selectFrom('case_risk_flags').selectAll().execute()
    expect(flags).toHaveLength(1)
    expect(flags[0].case_id).toBe(res.json().case.id)
  })

  it('refuses to submit an unfinished intake and asks for a region it cannot place', async () => {
    const s = (await post('/sessions', { narrative: '老王借了我两万块钱不还' })).json()
    const early = await post(`/sessions/${s.id}/submit`, {})
    expect(early.statusCode).toBe(400)
    expect(early.json().code).toBe('INTAKE_INCOMPLETE')
    let done = s
    for (let i = 0; i < 40 && done.question; i++) {
      const q = done.question
      const payload = q.slot === 'location' ? { text: '外地某个地方' } : answerFor(q)
      done = (await post(`/sessions/${s.id}/answers`, payload)).json()
    }
    const noRegion = await post(`/sessions/${s.id}/submit`, {})
    expect(noRegion.statusCode).toBe(400)
    expect(noRegion.json().code).toBe('INTAKE_REGION_REQUIRED')
    const withRegion = await post(`/sessions/${s.id}/submit`, { regionCode: '500107003002' })
    expect(withRegion.statusCode).toBe(201)
    expect(withRegion.json().case.committee.name).toBe('石桥铺街道科园社区人民调解委员会')
  })

  it('rejects an unparseable answer with a Chinese message naming the slot', async () => {
    const s = (await post('/sessions', { narrative: WAGE_STORY })).json()
    const res = await post(`/sessions/${s.id}/answers`, { text: '随便' })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('INTAKE_ANSWER_INVALID')
    expect(res.json().details[0].field).toBe('still_employed')
  })
  it('understands the answers residents typed in a real browser (corrections, arrears dates, ended work, phone)', async () => {
    const story = '我在九龙坡区杨家坪街道团结路社区的某某劳务公司工地干活，今年6月以后就没再给过工资。'
    const s = (await post('/sessions', { narrative: story, today: '2026-11-26' })).json()
    const fact = (view: Json, key: string) => view.facts.find((f: Json) => f.key === key)
    // The arrears start is not the work start date.
    expect(fact(s, 'employment_start').status).toBe('open')
    const owed = await post(`/sessions/${s.id}/answers`, { slot: 'owed_amount', text: '3万' })
    expect(owed.statusCode).toBe(200)
    const corrected = await post(`/sessions/${s.id}/answers`, { text: '不对，欠的是3万5' })
    expect(corrected.statusCode).toBe(200)
    expect(fact(corrected.json(), 'owed_amount')).toMatchObject({ value: 35000, source: 'correction' })
    const ended = await post(`/sessions/${s.id}/answers`, { slot: 'still_employed', text: '我现在已经不在那里干了' })
    expect(ended.statusCode).toBe(200)
    expect(fact(ended.json(), 'still_employed').value).toBe('no')
    const phone = await post(`/sessions/${s.id}/answers`, {
      slot: 'respondent',
      value: { name: '某某劳务公司', kind: 'organisation', phone: '139 1234 5678' },
    })
    expect(fact(phone.json(), 'respondent').value).toEqual({
      name: '某某劳务公司',
      kind: 'organisation',
      phone: '13912345678',
    })
    const badPhone = await post(`/sessions/${s.id}/answers`, {
      slot: 'respondent',
      value: { name: '某某劳务公司', kind: 'organisation', phone: '0231234' },
    })
    expect(badPhone.statusCode).toBe(400)
    expect(badPhone.json()).toMatchObject({ code: 'INTAKE_PHONE_INVALID', details: [{ field: 'value.phone' }] })
  })
})

describe('intake OpenAPI', () => {
  it('documents every intake route with its schemas', async () => {
    const t = await buildTestApp({ seed: false })
    try {
      await t.app.ready()
      const spec = t.app.swagger() as { paths: Record<string, Record<string, { summary?: string; tags?: string[] }>> }
      const intakePaths = Object.keys(spec.paths).filter((p) => p.startsWith('/api/v1/intake'))
      expect(intakePaths.sort()).toEqual([
        '/api/v1/intake/analyze',
        '/api/v1/intake/catalogue',
        '/api/v1/intake/catalogue/{code}',
        '/api/v1/intake/sessions',
        '/api/v1/intake/sessions/{id}',
        '/api/v1/intake/sessions/{id}/answers',
        '/api/v1/intake/sessions/{id}/back',
        '/api/v1/intake/sessions/{id}/corrections',
        '/api/v1/intake/sessions/{id}/routing',
        '/api/v1/intake/sessions/{id}/skip',
        '/api/v1/intake/sessions/{id}/submit',
        '/api/v1/intake/sessions/{id}/type',
      ])
      for (const path of intakePaths) {
        for (const op of Object.values(spec.paths[path])) expect(op.tags).toEqual(['intake'])
      }
    } finally {
      await t.close()
    }
  })
})
