import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import InboxPage from '@/packages/inbox/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { reply } from '../../support/fake-server'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import { setRouterParams, testControls } from '../../support/taro-double'
import { CASE_ID, inboxApi, served } from './inbox-api'
import { settle } from '../../support/ui-actions'

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

async function renderAs(server: ReturnType<typeof inboxApi>, caseId?: string) {
  startSession(makeTokenPair(1, makeMe({ id: 'u-app', displayName: '王秀英' })))
  useSettingsStore.setState({ careMode: false, activeRole: null })
  setRouterParams(caseId ? { caseId } : {})
  testControls.setRequestHandler(server.handler)
  render(<InboxPage />)
  await settle()
}

const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' })
let fetchMock: jest.Mock
let saved: { href: string; download: string }[]

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  saved = []
  fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => pdf }))
  Object.assign(globalThis, { fetch: fetchMock })
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:served'), revokeObjectURL: jest.fn() })
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download })
  })
})

afterEach(() => {
  cleanup()
  jest.restoreAllMocks()
})

describe('inbox (parties)', () => {
  it('lists served documents as 未读 / 已读 with the time served', async () => {
    const server = inboxApi({
      myRole: 'applicant',
      documents: [
        served({ id: 's-1' }),
        served({ id: 's-2', kind: 'record', title: '调解笔录', openedAt: '2026-11-25T08:00:00.000Z' }),
      ],
    })
    await renderAs(server)

    expect(screen.getByTestId('inbox-unread').textContent).toBe('1 份未读')
    const unread = screen.getByTestId('inbox-item-s-1')
    expect(unread.getAttribute('data-read')).toBe('false')
    expect(within(unread).getByText('未读')).toBeTruthy()
    expect(unread.textContent).toContain('送达时间：2026-11-26 09:00')
    expect(unread.textContent).toContain('调解协议书 · 受送达人：王秀英')
    const read = screen.getByTestId('inbox-item-s-2')
    expect(read.textContent).toContain('回执：已读（2026-11-25 16:00 首次打开）')
  })

  it('opening a document records the receipt first, then downloads the PDF with the bearer token', async () => {
    const server = inboxApi({ myRole: 'applicant', documents: [served({ id: 's-1' })] })
    let openedBeforeDownload = false
    fetchMock.mockImplementation(async () => {
      openedBeforeDownload = server.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/inbox/s-1/open')
      return { ok: true, status: 200, blob: async () => pdf }
    })
    await renderAs(server)

    await click(screen.getByTestId('inbox-open-s-1'))

    expect(openedBeforeDownload).toBe(true)
    expect(fetchMock).toHaveBeenCalledWith('http://api.test/api/v1/inbox/s-1/pdf', {
      headers: { Authorization: 'Bearer access-1' },
    })
    expect(saved).toEqual([{ href: 'blob:served', download: '人民调解协议书.pdf' }])
    const card = screen.getByTestId('inbox-item-s-1')
    expect(card.getAttribute('data-read')).toBe('true')
    expect(card.textContent).toContain('回执：已读（2026-11-26 10:30 首次打开）')
    expect(card.textContent).toContain('2026-11-26 10:30 完成送达')
    expect(screen.getByTestId('inbox-unread').textContent).toBe('全部已读')
    expect(server.documents[0].openedAt).toBe('2026-11-26T02:30:00.000Z')
  })

  it('keeps the receipt and says so in Chinese when the download fails', async () => {
    const server = inboxApi({ myRole: 'applicant', documents: [served({ id: 's-1' })] })
    fetchMock.mockImplementation(async () => ({
      ok: false,
      status: 404,
      json: async () => ({ code: 'FILE_NOT_FOUND', message: '文书文件不存在' }),
    }))
    await renderAs(server)

    await click(screen.getByTestId('inbox-open-s-1'))

    expect(within(screen.getByTestId('inbox-item-s-1')).getByRole('alert').textContent).toBe('文书文件不存在')
    expect(screen.getByTestId('inbox-item-s-1').getAttribute('data-read')).toBe('true')
  })

  it('shows the server refusal when a document is not the user’s', async () => {
    const server = inboxApi({ myRole: 'applicant', documents: [served({ id: 's-1' })] })
    const handler = server.handler
    await renderAs({
      ...server,
      handler: async (option) =>
        option.url.endsWith('/inbox/s-1/open')
          ? reply(404, { code: 'SERVED_DOCUMENT_NOT_FOUND', message: '文书不存在或不是送达给您的' })
          : handler(option),
    })

    await click(screen.getByTestId('inbox-open-s-1'))

    expect(screen.getByRole('alert').textContent).toBe('文书不存在或不是送达给您的')
    expect(fetchMock).not.toHaveBeenCalled()
    expect(screen.getByTestId('inbox-item-s-1').getAttribute('data-read')).toBe('false')
  })

  it('confirms the service address (送达地址确认书) only with a valid phone and the consent', async () => {
    const server = inboxApi({ myRole: 'applicant', documents: [served({ id: 's-1' })] })
    await renderAs(server, CASE_ID)
    const form = screen.getByTestId('service-address')
    expect(form.textContent).toContain('您尚未确认送达地址')
    expect(form.textContent).toContain('《民事诉讼法》第九十条')

    await click(screen.getByTestId('service-address-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('请输入手机号')

    fireEvent.change(form.querySelector('input[name="phone"]')!, { target: { value: '1380013' } })
    await click(screen.getByTestId('service-address-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('请输入正确的11位手机号')

    fireEvent.change(form.querySelector('input[name="phone"]')!, { target: { value: '138 0013 8000' } })
    await click(screen.getByTestId('service-address-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('请阅读并同意送达地址确认书')
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false)

    await click(screen.getByTestId('service-address-consent'))
    await click(screen.getByTestId('service-address-submit'))

    const put = server.requests.find((r) => r.method === 'PUT')
    expect(put).toMatchObject({
      path: `/api/v1/inbox/cases/${CASE_ID}/service-address`,
      body: { phone: '13800138000', consent: true },
    })
    expect(screen.getByTestId('service-address-confirmed').textContent).toBe(
      '已于 2026-11-26 11:00 确认：站内送达箱 + 手机 13800138000',
    )
    // The case view lists only this case's documents.
    expect(screen.getByTestId('inbox-item-s-1')).toBeTruthy()
  })
})

describe('inbox (staff)', () => {
  it("shows every party's receipt per document of the case", async () => {
    const server = inboxApi({
      myRole: 'staff',
      documents: [
        served({ id: 's-1', partyName: '王秀英', openedAt: '2026-11-26T02:00:00.000Z' }),
        served({ id: 's-2', partyName: '某物流有限公司', addressConfirmed: true }),
      ],
    })
    await renderAs(server, CASE_ID)

    const group = screen.getByRole('listitem', { name: '人民调解协议书' })
    expect(within(group).getByTestId('receipt-s-1').textContent).toContain('已读（2026-11-26 10:00 首次打开）')
    const other = within(group).getByTestId('receipt-s-2')
    expect(other.getAttribute('data-read')).toBe('false')
    expect(other.textContent).toContain('未读')
    expect(other.textContent).toContain('已确认送达地址；2026-11-26 09:00 完成送达')
    expect(screen.queryByTestId('service-address')).toBeNull()
  })

  it('serves a PDF of the case to every party and shows the new receipts', async () => {
    const server = inboxApi({ myRole: 'staff', documents: [] })
    await renderAs(server, CASE_ID)
    expect(screen.getByText('本案尚无送达记录')).toBeTruthy()
    const form = screen.getByTestId('serve-form')
    expect(screen.queryByTestId('serve-file-f-img')).toBeNull()

    await click(screen.getByTestId('serve-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('请选择要送达的 PDF 文书')

    await click(screen.getByTestId('serve-file-f-pdf'))
    expect((form.querySelector('input[name="serveTitle"]') as HTMLInputElement).value).toBe('调解通知书')
    fireEvent.change(form.querySelector('input[name="serveTitle"]')!, { target: { value: '通' } })
    await click(screen.getByTestId('serve-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('文书标题应为2–100个字')

    fireEvent.change(form.querySelector('input[name="serveTitle"]')!, { target: { value: '调解通知书' } })
    await click(screen.getByTestId('serve-submit'))

    const sent = server.requests.find((r) => r.method === 'POST')
    expect(sent).toMatchObject({
      path: `/api/v1/inbox/cases/${CASE_ID}/serve`,
      body: { kind: 'notice', title: '调解通知书', fileId: 'f-pdf' },
    })
    expect(within(form).getByRole('status').textContent).toBe('已送达，本文书共 2 份送达记录')
    const group = screen.getByRole('listitem', { name: '调解通知书' })
    expect(within(group).getAllByText('未读')).toHaveLength(2)
  })

  it('uploads a new PDF from the browser, selects it and serves it', async () => {
    const server = inboxApi({ myRole: 'staff', documents: [] })
    fetchMock.mockImplementation(server.fetchUpload)
    await renderAs(server, CASE_ID)
    const form = screen.getByTestId('serve-form')
    const input = () => within(form).getByLabelText('上传新的 PDF 文书') as HTMLInputElement
    expect(input().getAttribute('accept')).toBe('application/pdf,.pdf')

    // A photo is refused before anything is sent.
    await act(async () => {
      fireEvent.change(input(), { target: { files: [new File(['jpeg'], '现场照片.jpg', { type: 'image/jpeg' })] } })
    })
    await settle()
    expect(within(form).getByRole('alert').textContent).toBe('请选择 PDF 文件')
    expect(fetchMock).not.toHaveBeenCalled()

    // Named .pdf but not a PDF inside: the server's refusal is shown.
    await act(async () => {
      fireEvent.change(input(), { target: { files: [new File(['GIF89a'], '假的.pdf', { type: '' })] } })
    })
    await settle()
    expect(within(form).getByRole('alert').textContent).toContain('此处只能上传PDF 文件')
    expect(screen.queryByTestId('serve-file-f-up-3')).toBeNull()

    await act(async () => {
      fireEvent.change(input(), {
        target: { files: [new File(['%PDF-1.7 notice'], '补充材料通知书.pdf', { type: 'application/pdf' })] },
      })
    })
    await settle()
    const [url, init] = fetchMock.mock.calls.at(-1) as [string, { headers: Record<string, string>; body: FormData }]
    expect(url).toBe(`http://api.test/api/v1/cases/${CASE_ID}/files?kind=pdf`)
    expect(init.headers.Authorization).toBe('Bearer access-1')
    expect(within(form).getByRole('status').textContent).toBe('已上传「补充材料通知书.pdf」，请核对标题后送达')
    expect(screen.getByTestId('serve-file-f-up-3').getAttribute('aria-checked')).toBe('true')
    expect((form.querySelector('input[name="serveTitle"]') as HTMLInputElement).value).toBe('补充材料通知书')

    await click(screen.getByTestId('serve-submit'))
    const sent = server.requests.find((r) => r.method === 'POST')
    expect(sent).toMatchObject({
      path: `/api/v1/inbox/cases/${CASE_ID}/serve`,
      body: { kind: 'notice', title: '补充材料通知书', fileId: 'f-up-3' },
    })
    expect(within(form).getByRole('status').textContent).toBe('已送达，本文书共 2 份送达记录')
  })
})
