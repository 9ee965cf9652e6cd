import { failureRoutes, type FailureRoutesInput } from '../../../src/domain/mediation-record/failure-routes'

const input = (overrides: Partial<FailureRoutesInput>): FailureRoutesInput => ({
  disputeType: 'wage_arrears',
  source: 'self',
  appliedOn: '2026-11-01',
  today: '2026-11-26',
  ...overrides,
})
const kinds = (routes: { kind: string }[]) => routes.map((r) => r.kind)

describe('failure routes (PML 26)', () => {
  it('sends labour disputes to arbitration first, with the 1-year limit and litigation only after the award', () => {
    const { routes } = failureRoutes(input({ disputeType: 'labor_termination' }))
    expect(kinds(routes.applicant)).toEqual(['arbitration', 'litigation'])
    expect(routes.applicant[0].basis).toContain('《劳动争议调解仲裁法》第十四条、第二十七条')
    expect(routes.applicant[0].timeLimit).toContain('一年')
    expect(routes.applicant[1].basis).toBe('《劳动争议调解仲裁法》第四十七条')
    expect(routes.respondent).toEqual(routes.applicant)
  })

  it('gives the worker in a wage case the labour inspectorate and a payment order, not the employer', () => {
    const { routes } = failureRoutes(input({ disputeType: 'wage_arrears' }))
    expect(kinds(routes.applicant)).toEqual(['arbitration', 'administrative', 'payment_order', 'litigation'])
    expect(routes.applicant[1].basis).toContain('《劳动合同法》第八十五条')
    expect(routes.applicant[2].basis).toBe('《劳动合同法》第三十条')
    expect(kinds(routes.respondent)).toEqual(['arbitration', 'litigation'])
  })

  it('says the 1-year limit does not run while wage arrears arise in ongoing employment (LDMAL 27)', () => {
    const ongoing = failureRoutes(input({ employmentOngoing: true })).routes.applicant[0].timeLimit!
    expect(ongoing).toContain('不受一年仲裁时效的限制')
    const ended = failureRoutes(input({ employmentOngoing: false })).routes.applicant[0].timeLimit!
    expect(ended).toContain('劳动关系终止后应自终止之日起一年内')
  })

  it('reports the labour 15-day rule (LDMAL 14), passed or not', () => {
    const passed = failureRoutes(input({ appliedOn: '2026-11-01', today: '2026-11-16' }))
    expect(passed.labourFifteenDay).toEqual({ deadline: '2026-11-16', passed: true })
    expect(passed.notes[0]).toContain('可以直接申请劳动争议仲裁')
    expect(passed.notes[0]).toContain('第十四条')
    const early = failureRoutes(input({ appliedOn: '2026-11-01', today: '2026-11-15' }))
    expect(early.labourFifteenDay).toEqual({ deadline: '2026-11-16', passed: false })
    expect(early.notes[0]).toContain('本案自2026-11-16起满15日')
    expect(failureRoutes(input({ disputeType: 'neighbor' })).labourFifteenDay).toBeNull()
  })

  it('adds the payment order on the agreed part of a partial labour agreement (LDMAL 16)', () => {
    const partial = failureRoutes(input({ disputeType: 'work_injury', partialAgreement: true }))
    expect(partial.routes.applicant.map((r) => r.basis)).toContain('《劳动争议调解仲裁法》第十六条')
    expect(partial.notes.some((n) => n.includes('第三十三条'))).toBe(true)
    expect(partial.routes.applicant.some((r) => r.basis.includes('《工伤保险条例》第十七条'))).toBe(true)
  })

  it('gives neighbours litigation with the 3-year limitation and the government for land-right disputes', () => {
    const { routes, notes } = failureRoutes(input({ disputeType: 'neighbor' }))
    expect(kinds(routes.applicant)).toEqual(['administrative', 'litigation'])
    expect(routes.applicant[0].basis).toBe('《土地管理法》第十四条')
    expect(routes.applicant[1].basis).toContain('《中华人民共和国民法典》第一百八十八条')
    expect(routes.applicant[1].timeLimit).toContain('三年')
    expect(routes.applicant[1].timeLimit).toContain('中断')
    expect(kinds(routes.applicant)).not.toContain('arbitration')
    expect(notes.some((n) => n.includes('第十八条'))).toBe(true)
  })

  it('leaves a consumer dispute to litigation only, and adds the police route for a police referral', () => {
    expect(kinds(failureRoutes(input({ disputeType: 'consumer' })).routes.applicant)).toEqual(['litigation'])
    const referred = failureRoutes(input({ disputeType: 'consumer', source: 'police' })).routes.respondent
    expect(kinds(referred)).toEqual(['litigation', 'administrative'])
    expect(referred[1].basis).toContain('《治安管理处罚法》（2012年文本）第九条')
  })

  it('knows the rural-land arbitration limit (2 years) and the traffic-police route', () => {
    const land = failureRoutes(input({ disputeType: 'land_contract' })).routes.applicant
    expect(land[0]).toMatchObject({ kind: 'arbitration', timeLimit: expect.stringContaining('二年') })
    expect(land[0].basis).toContain('第十八条')
    const traffic = failureRoutes(input({ disputeType: 'traffic_accident' })).routes.applicant
    expect(traffic[0].basis).toContain('《道路交通安全法》第七十四条')
    const medical = failureRoutes(input({ disputeType: 'medical' })).routes.applicant
    expect(medical[0].basis).toContain('《医疗纠纷预防和处理条例》第二十二条')
  })
})
