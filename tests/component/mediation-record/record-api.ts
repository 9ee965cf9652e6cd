import { createHash } from 'node:crypto'
import type {
  FailureRoutes,
  MediationRecord,
  RecordConfirmation,
  RecordContent,
  RecordHeader,
} from '@contract/mediation-record'
import type { CaseOutcome } from '@contract/referrals'
import { failureRoutes, FAILURE_ROUTES_DISCLAIMER } from '../../../server/src/domain/mediation-record/failure-routes'
import { generateRecord } from '../../../server/src/domain/mediation-record/generate-record'
import type { RecordSources } from '../../../server/src/domain/mediation-record/record-sources'
import { recordText } from '../../../server/src/domain/mediation-record/record-text'
import { contentProblems } from '../../../server/src/domain/mediation-record/validate-content'
import type { RequestHandler } from '../../support/taro-double'

export const CASE_ID = 'case-1'
export const BASE = `/api/v1/cases/${CASE_ID}`
const CONFIRMED_AT = '2026-11-26T02:30:00.000Z'

export type MyRole = 'applicant' | 'respondent' | 'staff'

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
}

/** A wage case with one mediation sitting in the joint room, as the server's loader would hand it over. */
export function wageSources(): RecordSources {
  const verified = { verified: true, verifiedAt: '2026-11-20T01:00:00.000Z', idNumberMasked: '500107********1234' }
  return {
    case: {
      caseNumber: 'TJ-2026-000042',
      title: '王秀英与某物流有限公司劳动报酬纠纷',
      disputeType: 'wage_arrears',
      disputeTypeName: '劳动报酬纠纷',
      narrative: '被申请人拖欠申请人2026年6月至8月工资共12000元。',
      committeeName: '九杨街道人民调解委员会',
      own: {
        applicant: { account: '被申请人拖欠我6月至8月工资共12000元。', claim: '支付拖欠工资12000元' },
        respondent: { account: null, claim: '公司资金紧张，愿意分期支付' },
      },
    },
    parties: [
      { partyId: 'p-app', role: 'applicant', name: '王秀英', kind: 'person', userId: 'u-app', identity: verified },
      {
        partyId: 'p-resp',
        role: 'respondent',
        name: '某物流有限公司',
        kind: 'organisation',
        userId: 'u-resp',
        identity: verified,
      },
    ],
    mediators: [{ userId: 'u-med', name: '李调解', identity: verified }],
    recorder: { userId: 'u-med', name: '李调解', identity: verified },
    withdrawnForConflict: 0,
    jointRoomId: 'room-joint-1',
    messages: [
      { senderUserId: 'u-app', text: '我6月到8月的工资一直没发。', createdAt: '2026-11-25T06:00:00.000Z' },
      { senderUserId: 'u-resp', text: '公司确实欠了，但是现在没钱。', createdAt: '2026-11-25T06:05:00.000Z' },
    ],
    confirmedSessions: [],
    facts: [],
    evidence: [{ fileId: 'f-1', name: '工资条.jpg', producedBy: '申请人 王秀英' }],
    outcome: { result: 'pending', reason: null },
    now: '2026-11-25T07:00:00.000Z',
  }
}

type Stored = { header: RecordHeader; content: RecordContent; confirmed: Set<string>; createdAt: string }

/**
 * The record and outcome endpoints answered in memory by the server's own domain code (generation, record text,
 * content checks, failure routes), so the pages are tested against what production would send.
 */
export function recordApi(options: { myRole: MyRole; appliedOn?: string }) {
  const sources = wageSources()
  const partyIds = sources.parties.map((p) => p.partyId)
  const versions: Stored[] = []
  const requests: Recorded[] = []
  let outcome: { outcome: CaseOutcome; reason: string | null } | null = null
  const me = options.myRole === 'staff' ? 'mediator' : options.myRole

  const view = (index: number): MediationRecord => {
    const stored = versions[index]
    const text = recordText(stored.header, stored.content)
    const isLatest = index === versions.length - 1
    const people: Omit<RecordConfirmation, 'confirmedAt'>[] = [
      ...sources.parties.map((p) => ({ role: p.role, partyId: p.partyId, userId: p.userId, name: p.name })),
      { role: 'mediator' as const, partyId: null, userId: 'u-med', name: '李调解' },
    ]
    const confirmations = people.map((p) => ({ ...p, confirmedAt: stored.confirmed.has(p.role) ? CONFIRMED_AT : null }))
    return {
      caseId: CASE_ID,
      version: index + 1,
      latest: isLatest,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      header: stored.header,
      content: stored.content,
      text,
      confirmations,
      allConfirmedAt: confirmations.every((c) => c.confirmedAt) ? CONFIRMED_AT : null,
      servedAt: null,
      createdBy: { userId: 'u-med', name: '李调解' },
      createdAt: stored.createdAt,
      canEdit: options.myRole === 'staff',
      canConfirm: isLatest && !stored.confirmed.has(me),
    }
  }
  const push = (header: RecordHeader, content: RecordContent) =>
    versions.push({ header, content, confirmed: new Set(), createdAt: `2026-11-26T0${versions.length}:00:00.000Z` })
  const generate = () => {
    const { header, content } = generateRecord(sources)
    push(header, content)
    return view(versions.length - 1)
  }

  const routesView = (): FailureRoutes => {
    const found = failureRoutes({
      disputeType: 'wage_arrears',
      source: 'self',
      appliedOn: options.appliedOn ?? '2026-11-01',
      today: '2026-11-26',
      partialAgreement: outcome?.outcome === 'partial',
    })
    // As the server: routes apply once mediation failed, or (labour) once 15 days passed without agreement.
    const ended = outcome?.outcome === 'failed' || outcome?.outcome === 'partial'
    const applies = ended || found.labourFifteenDay?.passed === true
    return {
      caseId: CASE_ID,
      disputeType: 'wage_arrears',
      disputeTypeName: '劳动报酬纠纷',
      applies,
      outcome: outcome?.outcome ?? null,
      reason: outcome?.reason ?? null,
      notes: found.notes,
      parties: sources.parties.map((p) => ({
        partyId: p.partyId,
        role: p.role,
        name: p.name,
        routes: found.routes[p.role],
      })),
      disclaimer: FAILURE_ROUTES_DISCLAIMER,
    }
  }

  const ok = (data: unknown, statusCode = 200) => ({ statusCode, data })
  const fail = (statusCode: number, code: string, message: string, details?: unknown) => ({
    statusCode,
    data: { code, message, details },
  })
  // Codes and messages as server/src/services/mediation-record sends them.
  const stale = () => fail(409, 'RECORD_VERSION_STALE', '调解笔录已有更新的版本，请刷新后阅读最新版本再确认或修改')
  const notMediator = () => fail(403, 'RECORD_MEDIATOR_ONLY', '只有本案调解员可以制作和修改调解笔录')

  const route = (method: string, path: string, body: unknown) => {
    const latest = versions.length - 1
    if (method === 'GET' && path === BASE)
      return ok({ id: CASE_ID, caseNumber: 'TJ-2026-000042', title: sources.case.title, myRole: options.myRole })
    if (path === `${BASE}/mediation-record`) {
      if (method === 'GET') return latest < 0 ? fail(404, 'RECORD_NOT_FOUND', '本案尚未制作调解笔录') : ok(view(latest))
      if (options.myRole !== 'staff') return notMediator()
      if (method === 'POST') return ok(generate(), 201)
      if (method === 'PUT') {
        const { baseVersion, content } = body as { baseVersion: number; content: RecordContent }
        if (baseVersion !== latest + 1) return stale()
        const problems = contentProblems(content, partyIds, ['f-1'])
        if (problems.length > 0)
          return fail(
            400,
            problems[0].code,
            problems[0].message,
            problems.map(({ field, message }) => ({ field, message })),
          )
        push(versions[latest].header, content)
        return ok(view(versions.length - 1))
      }
    }
    if (method === 'GET' && path === `${BASE}/mediation-record/versions`) {
      const items = versions.map((_, i) => view(i)).reverse()
      return ok({
        items: items.map((v) => ({
          version: v.version,
          sha256: v.sha256,
          createdAt: v.createdAt,
          createdBy: v.createdBy.name,
          confirmedCount: v.confirmations.filter((c) => c.confirmedAt).length,
          allConfirmedAt: v.allConfirmedAt,
        })),
      })
    }
    const versionMatch = /\/mediation-record\/versions\/(\d+)$/.exec(path)
    if (method === 'GET' && versionMatch) return ok(view(Number(versionMatch[1]) - 1))
    if (method === 'POST' && path === `${BASE}/mediation-record/confirm`) {
      const { version, sha256 } = body as { version: number; sha256: string }
      if (version !== latest + 1) return stale()
      if (sha256 !== view(latest).sha256)
        return fail(409, 'RECORD_TEXT_MISMATCH', '您阅读的笔录与当前版本不一致，请刷新后重新阅读')
      versions[latest].confirmed.add(me)
      return ok(view(latest))
    }
    if (method === 'GET' && path === `${BASE}/failure-routes`) return ok(routesView())
    if (method === 'POST' && path === `${BASE}/outcome`) {
      if (options.myRole !== 'staff') return fail(403, 'FORBIDDEN', '只有本案调解员可以记录调解结果')
      const input = body as { outcome: CaseOutcome; reason?: string }
      if (input.outcome === 'partial' && !input.reason?.trim())
        return fail(400, 'OUTCOME_REASON_REQUIRED', '部分达成协议的，请说明未达成协议的事项及原因', [
          { field: 'reason', message: '必填' },
        ])
      const failedWithout = input.outcome === 'failed' && !input.reason?.trim()
      outcome = { outcome: input.outcome, reason: failedWithout ? '双方未能达成调解协议' : (input.reason ?? null) }
      const routes = routesView()
      return ok({
        ok: true,
        status: input.outcome === 'failed' ? 'failed' : 'agreement_reached',
        failureRoutes: input.outcome === 'failed' || input.outcome === 'partial' ? routes : null,
        noticesServed: input.outcome === 'failed' || input.outcome === 'partial' ? 2 : 0,
      })
    }
    return fail(404, 'NOT_FOUND', '接口不存在')
  }

  const handler: RequestHandler = async (option) => {
    const url = new URL(option.url)
    const body = typeof option.data === 'string' && option.data !== '' ? JSON.parse(option.data) : option.data
    const method = option.method ?? 'GET'
    requests.push({ method, path: url.pathname, query: url.searchParams, body })
    const answer = route(method, url.pathname, body)
    // As on the wire: the page never shares objects with the server's state.
    return { statusCode: answer.statusCode, data: JSON.parse(JSON.stringify(answer.data ?? null)) }
  }

  return {
    handler,
    requests,
    /** Generates a version directly, as the mediator's other session would have. */
    generate,
    /** Saves an edit directly, as another mediator would have. */
    edit(patch: Partial<RecordContent>) {
      const latest = versions[versions.length - 1]
      push(latest.header, { ...latest.content, ...patch })
      return view(versions.length - 1)
    },
    confirmAs(role: 'applicant' | 'respondent' | 'mediator') {
      versions[versions.length - 1].confirmed.add(role)
    },
    setOutcome(value: CaseOutcome, reason: string | null) {
      outcome = { outcome: value, reason }
    },
  }
}
