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
  const file = (id: string, contentType: string, originalName: string) => ({
    id,
    caseId: CASE_ID,
    kind: contentType === 'application/pdf' ? 'pdf' : 'image',
    contentType,
    size: 1000,
    sha256: id.repeat(8),
    originalName,
    uploadedBy: 'u-staff',
    createdAt: '2026-11-26T00:00:00.000Z',
    url: `/api/v1/files/${id}`,
  })
  const files = [file('f-pdf', 'application/pdf', '调解通知书.pdf'), file('f-img', 'image/jpeg', '现场照片.jpg')]
  routes[`GET /api/v1/cases/${CASE_ID}/files`] = () => reply(200, { items: files })
  routes[`POST /api/v1/inbox/cases/${CASE_ID}/serve`] = (request) => {
    const body = request.body as { kind: 'notice' | 'record'; title: string; fileId?: string }
    if (options.myRole !== 'staff')
      return reply(403, { code: 'SERVICE_STAFF_ONLY', message: '只有本案调解员或管理员可以送达文书' })
    const source = files.find((f) => f.id === body.fileId)
    if (!source || source.contentType !== 'application/pdf')
      return reply(400, { code: 'SERVE_FILE_INVALID', message: '只能送达本案的 PDF 文书' })
    for (const partyName of ['王秀英', '某物流有限公司']) {
      documents.push(
        served({
          id: `s-${documents.length + 1}`,
          kind: body.kind,
          title: body.title,
          partyName,
          sha256: source.sha256,
        }),
      )
    }
    return reply(200, { served: 2 })
  }
  for (const doc of documents) routes[`POST /api/v1/inbox/${doc.id}/open`] = open(doc.id)

  /**
   * POST /cases/:id/files?kind=pdf as CaseFiles.upload decides: a login, the content sniffed (only a real PDF),
   * at most 20MB. Browser uploads arrive through fetch (FormData), mini-program ones through Taro.uploadFile
   * (`contents` stands for the chosen files' bytes).
   */
  const contents = new Map<string, string>()
  const acceptUpload = (url: string, authorization: string | undefined, name: string, head: string, size: number) => {
    const { pathname, searchParams } = new URL(url)
    if (pathname !== `/api/v1/cases/${CASE_ID}/files` || searchParams.get('kind') !== 'pdf')
      return reply(404, { code: 'NOT_FOUND', message: '接口不存在' })
    if (!authorization?.startsWith('Bearer ')) return reply(401, { code: 'AUTH_REQUIRED', message: '请先登录' })
    if (!head.startsWith('%PDF-'))
      return reply(400, { code: 'FILE_KIND_NOT_ALLOWED', message: '此处只能上传PDF 文件（PDF），不能上传JPEG 图片' })
    if (size > 20 * 1024 * 1024) return reply(413, { code: 'FILE_TOO_LARGE', message: 'PDF 文件不能超过20MB' })
    const stored = file(`f-up-${files.length + 1}`, 'application/pdf', name)
    files.push(stored)
    return reply(201, stored)
  }
  const readText = (blob: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsText(blob)
    })
  const fetchUpload = async (url: string, init: { headers: Record<string, string>; body: FormData }) => {
    const part = init.body.get('file') as File
    const result = acceptUpload(url, init.headers.Authorization, part.name, await readText(part), part.size)
    return { status: result.statusCode, text: async () => JSON.stringify(result.data) }
  }
  const uploadFile = async (option: {
    url: string
    filePath: string
    name: string
    header: Record<string, string>
  }) => {
    const name = option.filePath.split('/').pop()!
    const body = contents.get(option.filePath) ?? ''
    const result = acceptUpload(option.url, option.header.Authorization, name, body, body.length)
    return { statusCode: result.statusCode, data: JSON.stringify(result.data) }
  }
  return { ...fakeServer(routes), documents, files, contents, fetchUpload, uploadFile }
}
