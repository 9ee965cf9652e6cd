import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { acceptAndAssign, referredAndClaimed } from '../referrals/referral-fixtures'

type Who = keyof typeof DEMO

/**
 * Every role against every read and write of this area, on one referred, accepted and assigned case. The
 * street committee holds the case; 周强 (mediatorAdmin) administers another committee.
 */
const MATRIX: Array<{ method: 'GET' | 'POST'; path: string; body?: object; expect: Record<Who, number> }> = [
  {
    method: 'GET',
    path: '/progress',
    expect: {
      resident: 200,
      resident2: 200,
      police: 200,
      mediator: 200,
      committeeAdmin: 200,
      courtClerk: 404,
      sysAdmin: 404,
      mediatorAdmin: 404,
    },
  },
  {
    method: 'GET',
    path: '/fact-sheet',
    expect: {
      resident: 200,
      resident2: 200,
      police: 403,
      mediator: 200,
      committeeAdmin: 200,
      courtClerk: 404,
      sysAdmin: 404,
      mediatorAdmin: 404,
    },
  },
  {
    method: 'GET',
    path: '/mediator-options',
    expect: {
      resident: 200,
      resident2: 200,
      police: 403,
      mediator: 403,
      committeeAdmin: 403,
      courtClerk: 404,
      sysAdmin: 404,
      mediatorAdmin: 404,
    },
  },
  {
    method: 'GET',
    path: '/mediator-candidates',
    expect: {
      resident: 403,
      resident2: 403,
      police: 403,
      mediator: 403,
      committeeAdmin: 200,
      courtClerk: 403,
      sysAdmin: 403,
      mediatorAdmin: 404,
    },
  },
  {
    method: 'POST',
    path: '/accept',
    expect: {
      resident: 403,
      resident2: 403,
      police: 403,
      mediator: 403,
      committeeAdmin: 409,
      courtClerk: 403,
      sysAdmin: 403,
      mediatorAdmin: 404,
    },
  },
  {
    method: 'POST',
    path: '/invitations',
    body: { phone: '13900000099', name: '某人' },
    expect: {
      resident: 409,
      resident2: 403,
      police: 403,
      mediator: 403,
      committeeAdmin: 403,
      courtClerk: 404,
      sysAdmin: 404,
      mediatorAdmin: 404,
    },
  },
]

describe('access for every role', () => {
  let t: TestApp
  let caseId: string
  beforeAll(async () => {
    t = await buildTestApp()
    caseId = await referredAndClaimed(t)
    await acceptAndAssign(t, caseId)
  })
  afterAll(async () => {
    await t.close()
  })

  for (const row of MATRIX) {
    it(`${row.method} /cases/:id${row.path}`, async () => {
      const seen: Partial<Record<Who, number>> = {}
      for (const who of Object.keys(row.expect) as Who[]) {
        const res = await t.app.inject({
          method: row.method,
          url: `/api/v1/cases/${caseId}${row.path}`,
          headers: await t.authHeader(DEMO[who]),
          payload: row.body,
        })
        seen[who] = res.statusCode
      }
      expect(seen).toEqual(row.expect)
    })
  }

  it('GET /referrals is the police list', async () => {
    for (const who of Object.keys(DEMO) as Who[]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/referrals',
        headers: await t.authHeader(DEMO[who]),
      })
      expect([who, res.statusCode]).toEqual([who, who === 'police' ? 200 : 403])
    }
  })
})
