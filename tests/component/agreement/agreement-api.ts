import { createHash } from 'node:crypto'
import type { AgreementComment, AgreementContent, AgreementVersion } from '@contract/agreements'
import { confirmationChecks } from '../../../server/src/domain/agreement/confirmation-checks'
import { renderAgreement, type AgreementParty } from '../../../server/src/domain/agreement/render-agreement'
import { suggestedContent } from '../../../server/src/domain/agreement/templates'
import { diffAgreements } from '../../../server/src/domain/agreement/text-diff'
import { contentErrors } from '../../../server/src/domain/agreement/validate-content'
import type { RequestHandler } from '../../support/taro-double'

export const CASE_ID = 'case-1'
export const BASE = `/api/v1/cases/${CASE_ID}`
export const PARTIES: AgreementParty[] = [
  { id: 'p-app', role: 'applicant', name: '王秀英', kind: 'person' },
  { id: 'p-resp', role: 'respondent', name: '某物流有限公司', kind: 'organisation' },
]
const TODAY = '2026-11-26'

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
}

type Stored = { content: AgreementContent; confirmed: Set<string>; createdAt: string }

/**
 * The agreement endpoints answered in memory by the server's own domain code (template, rendering, court-check
 * flags, diff, input checks), so the pages are tested against the text and flags production would send.
 */
export function agreementApi(options: { myRole: 'applicant' | 'respondent' | 'staff' }) {
  const versions: Stored[] = []
  const comments: AgreementComment[] = []
  const requests: Recorded[] = []
  const info = {
    caseNumber: '（2026）九杨调字第000042号',
    committeeName: '九杨街道人民调解委员会',
    disputeType: 'wage_arrears',
    parties: PARTIES,
  }

  const view = (index: number): AgreementVersion => {
    const stored = versions[index]
    const rendered = renderAgreement(info, stored.content)
    const confirmations = PARTIES.map((p) => ({
      partyId: p.id,
      name: p.name,
      role: p.role,
      confirmedAt: stored.confirmed.has(p.id) ? '2026-11-26T02:00:00.000Z' : null,
    }))
    return {
      caseId: CASE_ID,
      documentId: 'doc-1',
      documentRowId: `row-${index + 1}`,
      version: index + 1,
      latest: index === versions.length - 1,
      title: rendered.title,
      body: rendered.body,
      sha256: createHash('sha256').update(rendered.body, 'utf8').digest('hex'),
      clauses: rendered.clauses,
      content: stored.content,
      flags: confirmationChecks(stored.content, rendered.clauses, TODAY),
      confirmations,
      confirmedAt: confirmations.every((c) => c.confirmedAt) ? '2026-11-26T02:00:00.000Z' : null,
      effectiveAt: null,
      offlineSigningRequired: (stored.content.statusMatters ?? []).length > 0,
      createdAt: stored.createdAt,
    }
  }
  const ok = (data: unknown, statusCode = 200) => ({ statusCode, data })
  const fail = (statusCode: number, code: string, message: string, details?: unknown) => ({
    statusCode,
    data: { code, message, details },
  })
  const save = (content: AgreementContent) => {
    const errors = contentErrors(
      content,
      PARTIES.map((p) => p.id),
    )
    if (errors.length > 0) return fail(400, errors[0].code, errors[0].message, errors)
    versions.push({ content, confirmed: new Set(), createdAt: `2026-11-26T0${versions.length}:00:00.000Z` })
    return null
  }

  const route = (method: string, path: string, query: URLSearchParams, body: unknown) => {
    const latest = versions.length - 1
    if (method === 'GET' && path === BASE)
      return ok({
        id: CASE_ID,
        caseNumber: info.caseNumber,
        title: '王秀英与某物流有限公司劳动报酬纠纷',
        myRole: options.myRole,
      })
    if (method === 'GET' && path === `${BASE}/agreement/template`) {
      const suggested = suggestedContent('wage_arrears', PARTIES, '被申请人拖欠申请人三个月工资。', {
        amountClaimed: 12000,
      })
      return ok({
        disputeType: 'wage_arrears',
        disputeName: '劳动报酬纠纷',
        parties: PARTIES.map((p) => ({ partyId: p.id, role: p.role, name: p.name })),
        suggested,
      })
    }
    if (path === `${BASE}/agreement`) {
      if (method === 'GET')
        return latest < 0 ? fail(404, 'AGREEMENT_NOT_FOUND', '本案尚未起草调解协议') : ok(view(latest))
      if (method === 'POST') {
        if (latest >= 0) return fail(409, 'AGREEMENT_EXISTS', '本案已有协议草稿，请在现有草稿上修改')
        return save(body as AgreementContent) ?? ok(view(0), 201)
      }
      if (method === 'PUT') {
        const { baseVersion, ...content } = body as AgreementContent & { baseVersion: number }
        if (baseVersion !== latest + 1)
          return fail(409, 'AGREEMENT_VERSION_CONFLICT', '协议刚被他人修改，请刷新后在最新版本上修改')
        return save(content) ?? ok(view(versions.length - 1))
      }
    }
    if (method === 'GET' && path === `${BASE}/agreement/versions`) {
      const items = versions.map((_, i) => view(i)).reverse()
      return ok({
        items: items.map((v) => ({
          version: v.version,
          sha256: v.sha256,
          createdAt: v.createdAt,
          confirmedAt: v.confirmedAt,
          blockingFlags: v.flags.filter((f) => f.severity === 'blocking').length,
        })),
      })
    }
    const versionMatch = /\/agreement\/versions\/(\d+)$/.exec(path)
    if (method === 'GET' && versionMatch) return ok(view(Number(versionMatch[1]) - 1))
    if (method === 'GET' && path === `${BASE}/agreement/diff`) {
      const from = view(Number(query.get('from')) - 1)
      const to = view(Number(query.get('to')) - 1)
      return ok(diffAgreements(from, to))
    }
    if (path === `${BASE}/agreement/comments`) {
      if (method === 'GET') return ok({ items: comments })
      const input = body as { clauseKey: string; text: string; proposedText?: string }
      const comment: AgreementComment = {
        id: `c-${comments.length + 1}`,
        version: latest + 1,
        clauseKey: input.clauseKey,
        author: { userId: 'u-1', name: '王秀英', role: 'applicant' },
        text: input.text,
        proposedText: input.proposedText ?? null,
        createdAt: '2026-11-26T03:00:00.000Z',
      }
      comments.push(comment)
      return ok(comment, 201)
    }
    if (method === 'POST' && path === `${BASE}/agreement/confirm`) {
      const { version, documentSha256 } = body as { version: number; documentSha256: string }
      if (version !== latest + 1)
        return fail(409, 'DOCUMENT_VERSION_SUPERSEDED', `协议已更新到第 ${latest + 1} 版，请阅读最新版本后再确认`)
      if (documentSha256 !== view(latest).sha256)
        return fail(409, 'DOCUMENT_TEXT_MISMATCH', '您看到的文本与当前版本不一致，请刷新后重新阅读')
      const mine = PARTIES.find((p) => p.role === options.myRole)
      if (!mine) return fail(403, 'AGREEMENT_NOT_PARTY', '只有本案当事人可以确认协议文本')
      versions[latest].confirmed.add(mine.id)
      return ok(view(latest))
    }
    return fail(404, 'NOT_FOUND', '接口不存在')
  }

  const handler: RequestHandler = async (option) => {
    const url = new URL(option.url)
    const body = typeof option.data === 'string' && option.data !== '' ? JSON.parse(option.data) : option.data
    const method = option.method ?? 'GET'
    requests.push({ method, path: url.pathname, query: url.searchParams, body })
    const answer = route(method, url.pathname, url.searchParams, body)
    // As on the wire: the page never shares objects with the server's state.
    return { statusCode: answer.statusCode, data: JSON.parse(JSON.stringify(answer.data ?? null)) }
  }

  return {
    handler,
    requests,
    /** Saves a version directly, as another session of the mediator would have. */
    seed(content: AgreementContent) {
      save(content)
      return view(versions.length - 1)
    },
    confirmAs(partyId: string) {
      versions[versions.length - 1].confirmed.add(partyId)
    },
  }
}

/** A complete, court-ready wage agreement between the two parties. */
export function wageContent(overrides: Partial<AgreementContent> = {}): AgreementContent {
  return {
    facts: '申请人于2026年3月起为被申请人工作，被申请人拖欠申请人2026年6月至8月工资。',
    issues: ['拖欠工资的数额', '支付期限'],
    responsibilities: '被申请人未按月足额支付工资，应承担支付责任。',
    terms: [
      {
        kind: 'payment',
        payerPartyId: 'p-resp',
        payeePartyId: 'p-app',
        description: '拖欠的劳动报酬',
        amount: 12000,
        method: 'bank_transfer',
        dueDate: '2026-12-31',
        account: '王秀英，中国农业银行，6228480000000000000',
      },
    ],
    otherClauses: ['双方就本纠纷再无其他争议。'],
    ...overrides,
  }
}
