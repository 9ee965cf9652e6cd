import type { ServedDocument, ServiceAddress } from '@contract/service'
import { fakeServer, reply, type RecordedRequest } from '../../support/fake-server'

export const CASE_ID = 'case-1'
export const OPENED_AT = '2026-11-26T02:30:00.000Z'

export function served(overrides: Partial<ServedDocument> & Pick<ServedDocument, 'id'>): ServedDocument {
  return {
    caseId: CASE_ID,
    partyName: '王秀英',
    kind: 'agreement',
    title: '人民调解协议书',
    sha256: 'a'.repeat(64),
    servedAt: '2026-11-26T01:00:00.000Z',
    openedAt: null,
    serviceCompletedAt: null,
    addressConfirmed: false,
    ...overrides,
  }
}

/**
 * The inbox endpoints with the server's rules: the first open is the receipt and later opens keep it; receipts
 * are for the case's staff only; the service address needs a mainland phone and the consent.
 */
export function inboxApi(options: { myRole: 'applicant' | 'respondent' | 'staff'; documents: ServedDocument[] }) {
  const documents = options.documents.map((d) => ({ ...d }))
  let addresses: ServiceAddress[] = []
  const view = (d: ServedDocument) => ({
    ...d,
    serviceCompletedAt: d.addressConfirmed ? d.servedAt : d.openedAt,
  })
  const open = (id: string) => () => {
    const doc = documents.find((d) => d.id === id)!
    doc.openedAt ??= OPENED_AT
    return reply(200, view(doc))
  }
  const routes: Record<string, (request: RecordedRequest) => ReturnType<typeof reply>> = {
    'GET /api/v1/inbox': () =>
      options.myRole === 'staff'
        ? reply(200, { items: [], unopened: 0 })
        : reply(200, { items: documents.map(view), unopened: documents.filter((d) => !d.openedAt).length }),
    [`GET /api/v1/cases/${CASE_ID}`]: () =>
      reply(200, { id: CASE_ID, caseNumber: 'TJ-2026-000042', title: '劳动报酬纠纷', myRole: options.myRole }),
    [`GET /api/v1/inbox/cases/${CASE_ID}/receipts`]: () =>
      options.myRole === 'staff'
        ? reply(200, { items: documents.map(view) })
        : reply(403, { code: 'SERVICE_STAFF_ONLY', message: '只有本案工作人员可以查看送达回执' }),
    [`GET /api/v1/inbox/cases/${CASE_ID}/service-address`]: () => reply(200, { items: addresses }),
    [`PUT /api/v1/inbox/cases/${CASE_ID}/service-address`]: (request) => {
      const body = request.body as { phone?: string; consent?: unknown }
      if (!/^1[3-9]\d{9}$/.test(body.phone ?? '') || body.consent !== true) {
        return reply(400, { code: 'VALIDATION_FAILED', message: '手机号：格式不正确' })
      }
      addresses = [
        {
          caseId: CASE_ID,
          partyId: 'p-app',
          channels: ['in_app', 'sms'],
          phone: body.phone!,
          confirmedAt: '2026-11-26T03:00:00.000Z',
        },
      ]
      return reply(200, { items: addresses })
    },
  }
  for (const doc of documents) routes[`POST /api/v1/inbox/${doc.id}/open`] = open(doc.id)
  return { ...fakeServer(routes), documents }
}
