import type { DefaultRoute, MyRating, Performance, TrackedInstalment } from '@contract/performance'
import { fakeServer, reply, type RecordedRequest } from '../../support/fake-server'

export const CASE_ID = 'case-1'
export const PAST_DUE = '2020-01-31'
export const FUTURE_DUE = '2099-12-31'
const NOW = '2026-11-26T03:00:00.000Z'

export type Viewer = 'applicant' | 'respondent' | 'staff'

/** 王秀英 (applicant) is owed wages by 某物流有限公司 (respondent), in instalments. */
export function instalment(overrides: Partial<TrackedInstalment> & Pick<TrackedInstalment, 'id'>): TrackedInstalment {
  return {
    termIndex: 0,
    seq: 1,
    description: '拖欠的劳动报酬',
    payerPartyId: 'p-resp',
    payeePartyId: 'p-app',
    amount: 6000,
    dueDate: FUTURE_DUE,
    status: 'due',
    paidAt: null,
    receiptFileId: null,
    receiptUrl: null,
    confirmedAt: null,
    defaultedAt: null,
    ...overrides,
  }
}

type Handler = (request: RecordedRequest) => ReturnType<typeof reply>
const fail = (status: number, code: string, message: string) => reply(status, { code, message })

/**
 * The performance endpoints with the server's rules (PerformanceService, FollowUpService): only the payer marks
 * paid, with a receipt file of this case; only the payee confirms; a default needs the payee or staff and a
 * passed due date; one rating per party, 1–5, returned as myRating; visits by staff. The response names the
 * sides of the case, and gives a signed receipt link to the payer, the payee and staff only.
 */
export function performanceApi(options: {
  viewer: Viewer
  instalments: TrackedInstalment[]
  judiciallyConfirmed?: boolean
  myRating?: MyRating
}) {
  const myParty = options.viewer === 'applicant' ? 'p-app' : options.viewer === 'respondent' ? 'p-resp' : null
  let myRating: MyRating | null = options.myRating ?? null
  const state: Performance = {
    caseId: CASE_ID,
    caseNumber: 'TJ-2026-000042',
    title: '王秀英与某物流有限公司劳动报酬纠纷',
    myRole: options.viewer,
    parties: [
      { id: 'p-app', role: 'applicant', name: '王秀英', isMe: myParty === 'p-app' },
      { id: 'p-resp', role: 'respondent', name: '某物流有限公司', isMe: myParty === 'p-resp' },
    ],
    myRating,
    judiciallyConfirmed: options.judiciallyConfirmed ?? false,
    instalments: options.instalments.map((i) => ({ ...i })),
    visits: [],
  }
  const uploadedFiles = new Set<string>()
  const seesReceipt = (item: TrackedInstalment) =>
    options.viewer === 'staff' || myParty === item.payerPartyId || myParty === item.payeePartyId
  /** As the server signs it: a path under the API with an expiry and a signature, no token needed. */
  const withReceiptUrl = (item: TrackedInstalment): TrackedInstalment => ({
    ...item,
    receiptUrl:
      item.receiptFileId && seesReceipt(item)
        ? `/api/v1/files/${item.receiptFileId}/signed?expires=1795660800&signature=sig-${item.receiptFileId}`
        : null,
  })
  const view = (): Performance => ({ ...state, myRating, instalments: state.instalments.map(withReceiptUrl) })
  const find = (path: string) => state.instalments.find((i) => path.includes(`/instalments/${i.id}/`))!

  const route = (item: TrackedInstalment): DefaultRoute =>
    state.judiciallyConfirmed
      ? {
          route: 'enforcement',
          article: '民事诉讼法第二百零六条、第二百五十条',
          explanation:
            '调解协议已经九龙坡区人民法院裁定确认有效，对方不履行的，您可以向该院申请强制执行。申请期限为二年，自履行期限最后一日起计算。',
          enforcement: {
            court: '九龙坡区人民法院',
            applicant: '王秀英',
            respondent: '某物流有限公司',
            rulingCaseNumber: '（2026）渝0107民特12号',
            unpaidAmount: 12000,
            request: `请求强制执行（2026）渝0107民特12号民事裁定书确认的调解协议：${item.description}`,
            deadline: '2022-01-31',
          },
        }
      : {
          route: 'litigation',
          article: '人民调解法第三十二条',
          explanation: '调解协议未经司法确认，对方不履行的，您可以就协议的履行向人民法院提起诉讼。',
          enforcement: null,
        }

  const instalmentAction = (action: string, work: (item: TrackedInstalment, body: any) => ReturnType<typeof reply>) =>
    Object.fromEntries(
      state.instalments.map((i) => [
        `POST /api/v1/performance/instalments/${i.id}/${action}`,
        (r: RecordedRequest) => work(find(r.path), r.body),
      ]),
    )

  const routes: Record<string, Handler> = {
    [`GET /api/v1/performance/cases/${CASE_ID}`]: () => reply(200, view()),
    ...instalmentAction('paid', (item, body) => {
      if (myParty !== item.payerPartyId) return fail(403, 'INSTALMENT_NOT_PAYER', '只有付款方可以标记已付款')
      if (item.status !== 'due' && item.status !== 'defaulted')
        return fail(409, 'INSTALMENT_STATUS_INVALID', '该笔款项已标记付款')
      if (!uploadedFiles.has(body.receiptFileId))
        return fail(400, 'RECEIPT_FILE_INVALID', '付款凭证须由您本人先上传到本案')
      Object.assign(item, { status: 'paid', paidAt: NOW, receiptFileId: body.receiptFileId })
      return reply(200, withReceiptUrl(item))
    }),
    ...instalmentAction('confirm', (item) => {
      if (myParty !== item.payeePartyId) return fail(403, 'INSTALMENT_NOT_PAYEE', '只有收款方可以确认收款')
      if (item.status !== 'paid') return fail(409, 'INSTALMENT_NOT_PAID', '付款方尚未标记付款')
      Object.assign(item, { status: 'confirmed', confirmedAt: NOW })
      return reply(200, withReceiptUrl(item))
    }),
    ...instalmentAction('default', (item) => {
      if (myParty !== item.payeePartyId && options.viewer !== 'staff')
        return fail(403, 'INSTALMENT_NOT_PAYEE', '只有收款方或调解员可以登记未履行')
      if (item.status !== 'due') return fail(409, 'INSTALMENT_STATUS_INVALID', '该笔款项已付款或已登记未履行')
      if (item.dueDate >= NOW.slice(0, 10))
        return fail(409, 'INSTALMENT_NOT_YET_DUE', `履行期限 ${item.dueDate} 尚未届满，不能登记未履行`)
      Object.assign(item, { status: 'defaulted', defaultedAt: NOW })
      return reply(200, route(item))
    }),
    [`POST /api/v1/performance/cases/${CASE_ID}/rating`]: (request) => {
      const { score } = request.body as { score: unknown }
      if (!Number.isInteger(score) || (score as number) < 1 || (score as number) > 5)
        return fail(400, 'VALIDATION_FAILED', '评分：格式不正确')
      if (!myParty) return fail(403, 'RATING_NOT_PARTY', '只有本案当事人可以评价调解')
      if (myRating) return fail(409, 'RATING_EXISTS', '您已经评价过本次调解')
      const { comment } = request.body as { comment?: string }
      myRating = { score: score as number, comment: comment ?? '', createdAt: NOW }
      return reply(200, { ok: true })
    },
    [`POST /api/v1/performance/cases/${CASE_ID}/visits`]: (request) => {
      if (options.viewer !== 'staff') return fail(403, 'VISIT_MEDIATOR_ONLY', '只有本案调解员可以登记回访')
      const body = request.body as { visitedOn: string; method: string; performance: string; notes: string }
      state.visits.push({ id: `v-${state.visits.length + 1}`, ...body, mediatorName: '李调解' })
      return reply(201, state.visits)
    },
    [`GET /api/v1/performance/cases/${CASE_ID}/ratings`]: () =>
      reply(200, { items: [{ partyName: '王秀英', score: 5, comment: '调解员很耐心', createdAt: NOW }], average: 5 }),
  }
  for (const item of state.instalments) {
    routes[`GET /api/v1/performance/instalments/${item.id}/route`] = () =>
      item.status === 'defaulted'
        ? reply(200, route(item))
        : fail(409, 'INSTALMENT_NOT_DEFAULTED', '该笔款项未登记为未履行')
  }
  return {
    ...fakeServer(routes),
    state,
    /** What POST /cases/:id/files would have stored (the upload goes through Taro.uploadFile, not request). */
    acceptUpload(fileId: string) {
      uploadedFiles.add(fileId)
    },
  }
}
