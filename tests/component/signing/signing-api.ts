import type { SigningEvent, SigningStatus } from '@contract/signatures'
import { computeEventHash, GENESIS_HASH } from '../../../server/src/domain/signing/signing-event'
import { checkSigningTurn, signingStage } from '../../../server/src/domain/signing/signing-order'
import type { RequestHandler } from '../../support/taro-double'
import { BASE, agreementApi, wageContent } from '../agreement/agreement-api'

export const SMS_CODE = '246810'
/** Case users: the two parties, the mediator and the committee admin. */
export const USERS = {
  applicant: { id: 'u-app', name: '王秀英', role: 'party', partyRole: 'applicant' },
  respondent: { id: 'u-resp', name: '某物流有限公司', role: 'party', partyRole: 'respondent' },
  mediator: { id: 'u-med', name: '李调解', role: 'mediator', partyRole: null },
  admin: { id: 'u-adm', name: '赵主任', role: 'committee', partyRole: null },
} as const
export type Who = keyof typeof USERS

const PARTY_IDS = [USERS.applicant.id, USERS.respondent.id]

/**
 * The signing endpoints for one confirmed agreement, ordered and hashed by the server's own signing-order and
 * event-hash code; agreement text routes come from the agreement double. `as` is the signed-in user.
 */
export function signingApi(as: Who, options: { statusMatters?: Array<'marriage' | 'adoption' | 'inheritance'> } = {}) {
  const agreement = agreementApi({ myRole: as === 'applicant' || as === 'respondent' ? as : 'staff' })
  const version = agreement.seed(wageContent({ statusMatters: options.statusMatters }))
  const offline = version.offlineSigningRequired
  const paperNotes: string[] = []
  agreement.confirmAs('p-app')
  agreement.confirmAs('p-resp')
  const rowId = version.documentRowId
  const docBase = `${BASE}/documents/${rowId}`
  const events: SigningEvent[] = []
  const codesSent: Who[] = []
  const signed: { path: string; body: Record<string, unknown> }[] = []
  let signImages: string[] = []

  const status = (): SigningStatus => {
    const stage = signingStage(
      events.map((e) => ({ signerUserId: e.signer.userId, role: e.signer.role })),
      PARTY_IDS,
    )
    const complete = stage === 'complete'
    return {
      documentRowId: rowId,
      documentId: version.documentId,
      version: 1,
      sha256: version.sha256,
      stage,
      effectiveAt: complete ? events[events.length - 1].time : null,
      verificationCode: complete ? 'ABCD-EFGH-JKMN' : null,
      offlineRequired: offline,
      events,
    }
  }
  const fail = (statusCode: number, code: string, message: string) => ({ statusCode, data: { code, message } })
  const user = USERS[as]
  const turn = (role: string) =>
    checkSigningTurn(
      events.map((e) => ({ signerUserId: e.signer.userId, role: e.signer.role })),
      PARTY_IDS,
      { userId: user.id, role: role as SigningEvent['signer']['role'] },
    )

  /** Another signer signs, as they would from their own phone. */
  function signAs(who: Who) {
    const signer = USERS[who]
    const body = {
      documentId: version.documentId,
      documentVersion: 1,
      documentSha256: version.sha256,
      signatureImageSha256: 'a'.repeat(64),
      signer: { userId: signer.id, name: signer.name, role: signer.role, partyRole: signer.partyRole },
      verificationMethod: 'sms_code' as const,
      time: `2026-11-26T0${events.length + 1}:00:00.000Z`,
      ip: null,
      userAgent: null,
      prevEventHash: events.length ? events[events.length - 1].eventHash : GENESIS_HASH,
    }
    events.push({ ...body, eventHash: computeEventHash(body), seal: 'c2VhbA==' })
  }

  const route = (method: string, path: string, body: Record<string, unknown>) => {
    if (method === 'GET' && path === `${BASE}/documents`) {
      const s = status()
      return {
        statusCode: 200,
        data: {
          items: [
            {
              documentRowId: rowId,
              documentId: version.documentId,
              kind: 'agreement',
              title: version.title,
              version: 1,
              latest: true,
              sha256: version.sha256,
              confirmedAt: version.createdAt,
              effectiveAt: s.effectiveAt,
              signatures: events.length,
              sealed: s.stage === 'complete',
              offlineRequired: offline,
            },
          ],
        },
      }
    }
    if (method === 'GET' && path === `${docBase}/signing`) return { statusCode: 200, data: status() }
    if (method === 'POST' && path === `${docBase}/signing/paper`) {
      if (as !== 'mediator') return fail(403, 'SIGNER_NOT_ALLOWED', '只有本案调解员可以登记线下签署')
      if (!offline || paperNotes.length > 0)
        return fail(409, 'OFFLINE_SIGNING_NOT_REQUIRED', '该文书不需要线下签署，或已登记过线下签署')
      paperNotes.push(String(body.note))
      return { statusCode: 200, data: { ok: true } }
    }
    if (method === 'POST' && path === `${docBase}/signing/code`) {
      const refusal = turn(String(body.as))
      if (refusal) return fail(409, refusal.code, refusal.message)
      codesSent.push(as)
      return { statusCode: 200, data: { phoneMasked: '138****0001', retryAfterSeconds: 60 } }
    }
    if (method === 'POST' && (path === `${docBase}/signing/sign` || path === `${docBase}/signing/seal`)) {
      signed.push({ path, body })
      const role = path.endsWith('/seal') ? 'committee' : String(body.as)
      if (body.documentSha256 !== version.sha256)
        return fail(409, 'DOCUMENT_TEXT_MISMATCH', '您看到的文本与确认的版本不一致，请刷新后重新阅读再签署')
      const refusal = turn(role)
      if (refusal) return fail(409, refusal.code, refusal.message)
      if (!codesSent.includes(as) || body.code !== SMS_CODE)
        return fail(400, 'AUTH_CODE_INVALID', '验证码不正确，请重新获取')
      signImages = [...signImages, String(body.signatureImage)]
      signAs(as)
      return { statusCode: 200, data: status() }
    }
    return null
  }

  const handler: RequestHandler = async (option) => {
    const url = new URL(option.url)
    const body = typeof option.data === 'string' && option.data !== '' ? JSON.parse(option.data) : option.data
    const answer = route(option.method ?? 'GET', url.pathname, (body ?? {}) as Record<string, unknown>)
    if (!answer) return agreement.handler(option)
    return { statusCode: answer.statusCode, data: JSON.parse(JSON.stringify(answer.data)) }
  }

  return { handler, rowId, version, signed, signAs, codesSent, paperNotes, images: () => signImages }
}
