import type { AgreementFlag } from '@contract/agreements'
import type { FileInfo } from '@contract/files'
import type { JudicialApplication, JudicialStatus } from '@contract/judicial'
import { applicationText } from '../../../server/src/domain/judicial/application-pdf'
import { addDays, chinaDate } from '../../../server/src/domain/judicial/china-dates'
import { courtReadableFileIds } from '../../../server/src/domain/judicial/court-readable-files'
import { materialsDueDateProblem } from '../../../server/src/domain/judicial/materials-due-date'
import { blockingBeforeConsent, readinessChecks } from '../../../server/src/domain/judicial/readiness'
import { wrongStatusMessage } from '../../../server/src/domain/judicial/status-labels'
import type { RequestHandler } from '../../support/taro-double'

export const CASE_ID = 'case-1'
export const APP_ID = 'jap-1'
export const PARTIES = [
  { id: 'p-app', role: 'applicant' as const, name: '王秀英', kind: 'person' as const },
  { id: 'p-resp', role: 'respondent' as const, name: '某物流有限公司', kind: 'organisation' as const },
]
export const COURTS = [
  {
    courtId: 'court-jlp',
    name: '重庆市九龙坡区人民法院',
    bases: ['committee_location' as const, 'subject_matter' as const],
    basisText: '调解组织所在地、标的物所在地',
  },
  { courtId: 'court-yz', name: '重庆市渝中区人民法院', bases: ['party_domicile' as const], basisText: '当事人住所地' },
]
const DAY = 86_400_000

export interface Recorded {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
}

export function file(id: string, originalName: string): FileInfo {
  return {
    id,
    caseId: CASE_ID,
    kind: 'image',
    contentType: 'image/jpeg',
    size: 1000,
    sha256: 'a'.repeat(64),
    originalName,
    uploadedBy: 'u-app',
    createdAt: '2026-11-20T02:00:00.000Z',
    url: `/api/v1/files/${id}`,
  }
}

interface Options {
  /** The signed-in user's party id, or null for staff (mediator, court clerk). */
  me: string | null
  /** Days since the agreement took effect; null = not yet effective. */
  effectiveDaysAgo: number | null
  flags?: AgreementFlag[]
}

/**
 * The judicial endpoints answered in memory, with the readiness checks computed by the server's own domain code
 * and the same status rules, error codes and Chinese messages as the routes (server/src/services/judicial).
 */
export function judicialApi(options: Options) {
  const requests: Recorded[] = []
  const effectiveAt =
    options.effectiveDaysAgo === null ? null : new Date(Date.now() - options.effectiveDaysAgo * DAY).toISOString()
  const files: FileInfo[] = [file('f-id-1', '王秀英身份证.jpg'), file('f-lic-1', '营业执照.jpg')]
  let application: JudicialApplication | null = null

  const ok = (data: unknown, statusCode = 200) => ({ statusCode, data })
  const fail = (statusCode: number, code: string, message: string, details?: unknown) => ({
    statusCode,
    data: { code, message, details },
  })
  const checks = () =>
    readinessChecks({
      effectiveAt,
      flags: options.flags ?? [],
      now: new Date(),
      // Consent follows the live application's confirmations, as the server reads them.
      parties: PARTIES.map((p) => ({
        name: p.name,
        confirmed:
          !!application &&
          application.status !== 'rejected' &&
          !!application.parties.find((q) => q.partyId === p.id)?.confirmedAt,
      })),
      competentCourtNames: COURTS.map((c) => c.name),
    })
  const statusIs = (...allowed: JudicialStatus[]) =>
    application && allowed.includes(application.status)
      ? null
      : fail(409, 'JUDICIAL_STATUS_INVALID', wrongStatusMessage(application?.status ?? ''))
  const now = () => new Date().toISOString()

  type Body = { courtId: string; parties: { partyId: string; address: string; idProofFileIds: string[] }[] }
  const create = (body: Body) => {
    if (application && application.status !== 'rejected')
      return fail(409, 'JUDICIAL_APPLICATION_EXISTS', '本案已有司法确认申请')
    const current = checks()
    if (!effectiveAt || blockingBeforeConsent(current).length)
      return fail(409, 'JUDICIAL_NOT_READY', '暂不符合申请司法确认的条件')
    const court = COURTS.find((c) => c.courtId === body.courtId)
    if (!court) return fail(400, 'COURT_NOT_COMPETENT', '所选法院对本案没有管辖权')
    return ok(build(body, court), 201)
  }
  const build = (body: Body, court: (typeof COURTS)[number]): JudicialApplication => {
    const nameOf = (partyId: string) => PARTIES.find((q) => q.id === partyId)!.name
    const text = applicationText({
      courtName: court.name,
      committeeName: '九龙坡区杨家坪街道人民调解委员会',
      caseNumber: '（2026）九杨调字第000042号',
      agreementTitle: '人民调解协议书',
      agreementDate: effectiveAt ? chinaDate(effectiveAt) : chinaDate(new Date()),
      agreementSummary: ['第一条 某物流有限公司于2026年12月31日前向王秀英支付劳动报酬12,000.00元。'],
      disputeSummary: '王秀英在某物流有限公司工作期间被拖欠三个月劳动报酬。',
      applicants: body.parties.map((p) => ({
        partyId: p.partyId,
        role: PARTIES.find((q) => q.id === p.partyId)!.role,
        name: nameOf(p.partyId),
        address: p.address,
        phone: '',
        serviceAddress: '在线调解平台站内送达箱',
      })),
      attachments: [],
      date: chinaDate(new Date()),
    })
    application = {
      id: APP_ID,
      caseId: CASE_ID,
      caseNumber: '（2026）九杨调字第000042号',
      court: { id: court.courtId, name: court.name },
      courtBases: court.bases,
      status: 'awaiting_parties',
      agreementDocumentRowId: 'row-1',
      agreementEffectiveAt: effectiveAt,
      applicationFileId: 'f-application',
      text,
      attachments: [
        { label: '《调解协议书》（电子签章，第 1 版）', fileId: null },
        ...body.parties.flatMap((p) =>
          p.idProofFileIds.map((fileId) => ({
            label: `${nameOf(p.partyId)}身份证明`,
            fileId,
          })),
        ),
      ],
      parties: PARTIES.map((p) => ({ partyId: p.id, name: p.name, role: p.role, confirmedAt: null })),
      courtCaseNumber: null,
      submittedAt: null,
      filedAt: null,
      decisionDueDate: null,
      overdue: false,
      decidedAt: null,
      decisionReasons: null,
      rulingFileId: null,
      nextRoutes: [],
      materialRequests: [],
    }
    return application
  }

  const route = (method: string, path: string, query: URLSearchParams, body: any) => {
    const base = `/api/v1/judicial/cases/${CASE_ID}`
    if (method === 'GET' && path === `/api/v1/cases/${CASE_ID}`) {
      return ok({
        id: CASE_ID,
        caseNumber: '（2026）九杨调字第000042号',
        title: '王秀英与某物流有限公司劳动报酬纠纷',
        status: application?.submittedAt ? 'judicial_confirmation' : 'in_mediation',
        myRole: PARTIES.find((p) => p.id === options.me)?.role ?? 'staff',
        parties: PARTIES.map((p) => ({ ...p, isMe: p.id === options.me, claimed: true })),
      })
    }
    if (method === 'GET' && path === `/api/v1/cases/${CASE_ID}/agreement`) {
      return ok({ caseId: CASE_ID, version: 1, effectiveAt })
    }
    if (method === 'GET' && path === `/api/v1/cases/${CASE_ID}/files`) return ok({ items: files })
    if (method === 'GET' && path === `${base}/readiness`) {
      const current = checks()
      return ok({
        checks: current,
        courts: COURTS,
        canPrepare: !!effectiveAt && blockingBeforeConsent(current).length === 0,
      })
    }
    if (method === 'GET' && path === `${base}/application`) {
      return application ? ok(application) : fail(404, 'JUDICIAL_APPLICATION_NOT_FOUND', '本案尚未提出司法确认申请')
    }
    if (method === 'POST' && path === `${base}/application`) return create(body)
    if (method === 'POST' && path === `${base}/application/confirm`) {
      if (!application) return fail(404, 'JUDICIAL_APPLICATION_NOT_FOUND', '本案尚未提出司法确认申请')
      if (application.status !== 'awaiting_parties') return fail(409, 'JUDICIAL_ALREADY_SUBMITTED', '申请已提交法院')
      const mine = application.parties.find((p) => p.partyId === options.me)
      if (!mine) return fail(403, 'JUDICIAL_NOT_PARTY', '只有本案当事人可以确认申请书')
      const window = checks().find((c) => c.code === 'WITHIN_30_DAYS')!
      const last = application.parties.every((p) => p.partyId === mine.partyId || p.confirmedAt)
      if (last && window.status !== 'pass') {
        return fail(409, 'JUDICIAL_WINDOW_EXPIRED', '已超过协议生效之日起三十日的申请期限')
      }
      mine.confirmedAt = now()
      if (last) Object.assign(application, { status: 'submitted', submittedAt: now() })
      return ok(application)
    }
    const supply = new RegExp(`^${base}/application/material-requests/([^/]+)/supply$`).exec(path)
    if (method === 'POST' && supply) {
      const request = application?.materialRequests.find((r) => r.id === supply[1])
      if (!application || !request) return fail(404, 'MATERIAL_REQUEST_NOT_FOUND', '补充材料通知不存在')
      if (request.suppliedAt) return fail(409, 'MATERIALS_ALREADY_SUPPLIED', '材料已经补充')
      Object.assign(request, { fileIds: body.fileIds, suppliedAt: now() })
      if (application.materialRequests.every((r) => r.suppliedAt)) application.status = 'filed'
      return ok(application)
    }
    if (method === 'GET' && path === '/api/v1/judicial/queue') {
      const status = query.get('status')
      const items = application && application.status !== 'awaiting_parties' ? [application] : []
      return ok({ items: items.filter((a) => !status || a.status === status) })
    }
    const court = /^\/api\/v1\/judicial\/applications\/([^/]+)(\/.*)?$/.exec(path)
    if (court) {
      if (!application || court[1] !== application.id || application.status === 'awaiting_parties') {
        return fail(404, 'JUDICIAL_APPLICATION_NOT_FOUND', '申请不存在或不属于本院')
      }
      const action = court[2] ?? ''
      if (method === 'GET' && action === '') return ok(application)
      if (method === 'POST' && action === '/file') {
        const invalid = statusIs('submitted')
        if (invalid) return invalid
        const filedAt = now()
        Object.assign(application, {
          status: 'filed',
          courtCaseNumber: body.courtCaseNumber,
          filedAt,
          decisionDueDate: addDays(chinaDate(filedAt), 30),
        })
        return ok(application)
      }
      if (method === 'POST' && action === '/material-requests') {
        const problem = body.dueDate ? materialsDueDateProblem(body.dueDate, new Date()) : null
        if (problem) return fail(400, 'MATERIALS_DUE_DATE_INVALID', problem, [{ field: 'dueDate', message: problem }])
        const invalid = statusIs('filed', 'materials_requested')
        if (invalid) return invalid
        application.materialRequests.push({
          id: `mr-${application.materialRequests.length + 1}`,
          message: body.message,
          requestedAt: now(),
          dueDate: body.dueDate ?? null,
          fileIds: [],
          suppliedAt: null,
        })
        application.status = 'materials_requested'
        return ok(application)
      }
      if (method === 'POST' && action === '/decision') {
        if (body.outcome === 'rejected' && !body.reasons) {
          return fail(400, 'DECISION_REASONS_REQUIRED', '驳回申请须写明理由', [{ field: 'reasons', message: '必填' }])
        }
        const invalid = statusIs('filed')
        if (invalid) return invalid
        const valid = body.outcome === 'valid'
        Object.assign(application, {
          status: valid ? 'confirmed' : 'rejected',
          decidedAt: now(),
          decisionReasons: body.reasons ?? null,
          rulingFileId: 'f-ruling',
          nextRoutes: valid
            ? []
            : [
                '可以通过调解方式变更原调解协议或者达成新的调解协议（人民调解法第三十三条）',
                '可以向人民法院提起诉讼（人民调解法第三十三条；民事诉讼法第二百零六条）',
              ],
        })
        return ok(application)
      }
    }
    return fail(404, 'NOT_FOUND', '接口不存在')
  }

  const handler: RequestHandler = async (option) => {
    const url = new URL(option.url)
    const body = typeof option.data === 'string' && option.data !== '' ? JSON.parse(option.data) : option.data
    const method = option.method ?? 'GET'
    requests.push({ method, path: url.pathname, query: url.searchParams, body })
    const answer = route(method, url.pathname, url.searchParams, body)
    return { statusCode: answer.statusCode, data: JSON.parse(JSON.stringify(answer.data ?? null)) }
  }

  /**
   * The binary downloads (fetch in the browser): the court's routes to an application's files, by the server's
   * rules — the addressed court, from submission on, only the application's own files — and the case's files.
   */
  const download = (url: string) => {
    const path = new URL(url).pathname
    const answer = (status: number, code?: string, message?: string) => ({
      ok: status === 200,
      status,
      blob: async () => new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
      json: async () => ({ code, message }),
    })
    requests.push({ method: 'GET', path, query: new URLSearchParams(), body: undefined })
    const court = /^\/api\/v1\/judicial\/applications\/([^/]+)\/(?:files\/([^/]+)|agreement\.pdf)$/.exec(path)
    if (court) {
      if (!application || court[1] !== application.id || application.status === 'awaiting_parties') {
        return answer(404, 'JUDICIAL_APPLICATION_NOT_FOUND', '申请不存在或不属于本院')
      }
      if (court[2] && !courtReadableFileIds(application).has(court[2])) {
        return answer(404, 'FILE_NOT_FOUND', '文件不存在或不属于本申请')
      }
      return answer(200)
    }
    if (/^\/api\/v1\/files\/[^/]+$/.test(path))
      return answer(options.me ? 200 : 404, 'FILE_NOT_FOUND', '文件不存在或您无权查看')
    return answer(404, 'NOT_FOUND', '接口不存在')
  }

  return {
    handler,
    download,
    requests,
    posts: (suffix: string) => requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix)),
    /** Sets up state as other people's sessions would have: an application at a given stage. */
    seed(stage: JudicialStatus, changes: Partial<JudicialApplication> = {}) {
      const app = build(
        {
          courtId: COURTS[0].courtId,
          parties: [
            { partyId: 'p-app', address: '重庆市九龙坡区杨家坪正街1号', idProofFileIds: ['f-id-1'] },
            { partyId: 'p-resp', address: '重庆市渝中区解放碑路2号', idProofFileIds: ['f-lic-1'] },
          ],
        },
        COURTS[0],
      )
      const at = '2026-11-20T02:00:00.000Z'
      if (stage !== 'awaiting_parties') {
        app.parties.forEach((p) => (p.confirmedAt = at))
        Object.assign(app, { status: 'submitted', submittedAt: at })
      }
      if (['filed', 'materials_requested', 'confirmed', 'rejected'].includes(stage)) {
        Object.assign(app, {
          status: 'filed',
          courtCaseNumber: '（2026）渝0107民特123号',
          filedAt: at,
          decisionDueDate: addDays(chinaDate(new Date()), 20),
        })
      }
      if (stage === 'materials_requested') {
        app.materialRequests.push({
          id: 'mr-1',
          message: '请补充被申请人营业执照副本',
          requestedAt: at,
          dueDate: addDays(chinaDate(new Date()), 5),
          fileIds: [],
          suppliedAt: null,
        })
        app.status = 'materials_requested'
      }
      if (stage === 'confirmed' || stage === 'rejected') app.status = stage
      Object.assign(app, changes)
      return app
    },
  }
}
