import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import InboxPage from '@/packages/inbox/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { CASE_ID, inboxApi } from './inbox-api'
import { settle } from '../../support/ui-actions'

// The mini-program build: PDFs come from a WeChat chat and go up through Taro.uploadFile.
jest.mock('@/lib/platform', () => ({ ...jest.requireActual('@/lib/platform'), isWeapp: true, isH5: false }))

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

type Chosen = { path: string; name: string; size: number }
let chosen: Chosen[]
let chooseMessageFile: jest.Mock
let uploadFile: jest.Mock

async function renderAsStaff(server: ReturnType<typeof inboxApi>) {
  startSession(makeTokenPair(1, makeMe({ id: 'u-staff', displayName: '李调解' }, ['mediator'])))
  useSettingsStore.setState({ careMode: false, activeRole: null })
  setRouterParams({ caseId: CASE_ID })
  testControls.setRequestHandler(server.handler)
  uploadFile = jest.fn(server.uploadFile)
  Object.assign(Taro, { uploadFile })
  render(<InboxPage />)
  await settle()
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  chosen = []
  chooseMessageFile = jest.fn(async () => {
    const file = chosen.shift()
    if (!file) throw new Error('chooseMessageFile:fail cancel')
    return { tempFiles: [{ ...file, type: 'file', time: 0 }] }
  })
  Object.assign(Taro, { chooseMessageFile })
})

afterEach(() => {
  cleanup()
  jest.restoreAllMocks()
})

describe('serve form in the mini-program', () => {
  it('picks a PDF from a chat, uploads it with the token, selects it for serving', async () => {
    const server = inboxApi({ myRole: 'staff', documents: [] })
    server.contents.set('wxfile://tmp/调解通知书（补发）.pdf', '%PDF-1.7 notice')
    await renderAsStaff(server)
    const form = screen.getByTestId('serve-form')

    // Cancelled: nothing happens.
    await click(screen.getByTestId('serve-upload'))
    expect(uploadFile).not.toHaveBeenCalled()
    expect(within(form).queryByRole('alert')).toBeNull()

    chosen.push({ path: 'wxfile://tmp/调解通知书（补发）.pdf', name: '调解通知书（补发）.pdf', size: 15 })
    await click(screen.getByTestId('serve-upload'))

    expect(chooseMessageFile).toHaveBeenLastCalledWith({ count: 1, type: 'file', extension: ['pdf'] })
    expect(uploadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: `http://api.test/api/v1/cases/${CASE_ID}/files?kind=pdf`,
        filePath: 'wxfile://tmp/调解通知书（补发）.pdf',
        name: 'file',
        header: { Authorization: 'Bearer access-1' },
      }),
    )
    expect(screen.getByTestId('serve-file-f-up-3').getAttribute('aria-checked')).toBe('true')
    expect((form.querySelector('input[name="serveTitle"]') as HTMLInputElement).value).toBe('调解通知书（补发）')
  })

  it('refuses an oversized PDF before uploading, and shows the server refusal of a fake one', async () => {
    const server = inboxApi({ myRole: 'staff', documents: [] })
    server.contents.set('wxfile://tmp/fake.pdf', 'GIF89a')
    await renderAsStaff(server)
    const form = screen.getByTestId('serve-form')

    chosen.push({ path: 'wxfile://tmp/big.pdf', name: 'big.pdf', size: 21 * 1024 * 1024 })
    await click(screen.getByTestId('serve-upload'))
    expect(within(form).getByRole('alert').textContent).toBe('PDF 文件不能超过20MB')
    expect(uploadFile).not.toHaveBeenCalled()

    chosen.push({ path: 'wxfile://tmp/fake.pdf', name: 'fake.pdf', size: 6 })
    await click(screen.getByTestId('serve-upload'))
    expect(within(form).getByRole('alert').textContent).toContain('此处只能上传PDF 文件')
    expect(screen.queryByTestId('serve-file-f-up-3')).toBeNull()
  })
})
