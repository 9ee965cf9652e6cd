import type { VerifyResult } from '@contract/signatures'
import { act, fireEvent, render, screen } from '@testing-library/react'
import VerifyPage from '@/packages/verify/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { fakeServer, reply } from '../../support/fake-server'
import { setRouterParams, testControls } from '../../support/taro-double'
import { clickText, settle } from '../agreement/agreement-helpers'

const HASH_A = 'a'.repeat(64)
const HASH_B = 'b'.repeat(64)

const document_ = {
  title: '人民调解协议书',
  caseNumber: '（2026）九杨调字第000042号',
  documentVersion: 2,
  documentSha256: HASH_A,
  effectiveAt: '2026-11-26T04:00:00.000Z',
  verificationCode: 'ABCD-EFGH-JKMN',
}
const signers = [
  { role: 'party', name: '王*英', time: '2026-11-26T01:00:00.000Z', eventHash: '1'.repeat(64) },
  { role: 'party', name: '某*公司', time: '2026-11-26T02:00:00.000Z', eventHash: '2'.repeat(64) },
  { role: 'mediator', name: '李*解', time: '2026-11-26T03:00:00.000Z', eventHash: '3'.repeat(64) },
  { role: 'committee', name: '九*委员会', time: '2026-11-26T04:00:00.000Z', eventHash: '4'.repeat(64) },
]
const valid: VerifyResult = {
  valid: true,
  code: null,
  reason: null,
  eventIndex: null,
  expectedHash: null,
  actualHash: null,
  document: document_,
  signers,
  keyFingerprint: '0123456789abcdef',
}
const tampered: VerifyResult = {
  ...valid,
  valid: false,
  code: 'EVENT_HASH_MISMATCH',
  reason: '第 2 个签署事件的内容与其哈希不符',
  eventIndex: 1,
  expectedHash: HASH_A,
  actualHash: HASH_B,
}

function typeCode(value: string) {
  fireEvent.change(document.querySelector('[name="code"]') as HTMLInputElement, { target: { value } })
}

async function openPage(answer: VerifyResult | ((body: unknown) => ReturnType<typeof reply>)) {
  const server = fakeServer({
    'POST /api/v1/verify': (request) => (typeof answer === 'function' ? answer(request.body) : reply(200, answer)),
  })
  testControls.setRequestHandler(server.handler)
  render(<VerifyPage />)
  await settle()
  return server
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  setRouterParams({})
})

describe('verify page (public)', () => {
  it('checks a code typed in any case and spacing, and says valid with the masked signers in order', async () => {
    const server = await openPage(valid)
    typeCode(' abcd-efgh jkmn ')
    await clickText('按验证码验证')

    expect(server.requests[0]).toMatchObject({ path: '/api/v1/verify', body: { code: 'ABCDEFGHJKMN' } })
    expect(server.requests[0].authorization).toBeUndefined()
    expect(screen.getByText('验证通过：文件真实、完整，签署记录有效')).toBeTruthy()
    expect(screen.getByText('案号：（2026）九杨调字第000042号')).toBeTruthy()
    expect(screen.getByText(/1\. 当事人 王\*英/)).toBeTruthy()
    expect(screen.getByText(/4\. 调委会盖章 九\*委员会/)).toBeTruthy()
  })

  it('says invalid and why: the reason, which signing event, expected and found hashes', async () => {
    await openPage(tampered)
    typeCode('ABCD-EFGH-JKMN')
    await clickText('按验证码验证')

    expect(screen.getByText('验证未通过')).toBeTruthy()
    expect(screen.getByText('原因：第 2 个签署事件的内容与其哈希不符')).toBeTruthy()
    expect(screen.getByText('某个签署记录的内容与其指纹不符，记录被改动过。')).toBeTruthy()
    expect(screen.getByText('出问题的是第 2 个签署记录。')).toBeTruthy()
    expect(screen.getByText(`应为：${HASH_A}`)).toBeTruthy()
    expect(screen.getByText(`实际：${HASH_B}`)).toBeTruthy()
  })

  it('explains an unknown code', async () => {
    await openPage({
      ...valid,
      valid: false,
      code: 'CODE_NOT_FOUND',
      reason: '验证码不存在，请核对后重新输入',
      document: null,
      signers: [],
    })
    typeCode('ZZZZ-ZZZZ-ZZZZ')
    await clickText('按验证码验证')
    expect(screen.getByText('验证未通过')).toBeTruthy()
    expect(screen.getByText('原因：验证码不存在，请核对后重新输入')).toBeTruthy()
    expect(screen.queryByText(/案号/)).toBeNull()
  })

  it('checks the code’s shape before asking the server', async () => {
    const server = await openPage(valid)
    await clickText('按验证码验证')
    expect(screen.getByText('请输入验证码')).toBeTruthy()
    typeCode('ABCD-EFGH')
    await clickText('按验证码验证')
    expect(screen.getByText('验证码应为 12 位，目前只有 8 位')).toBeTruthy()
    typeCode('ABCD-EFGH-JK#N')
    await clickText('按验证码验证')
    expect(screen.getByText('验证码只包含字母和数字')).toBeTruthy()
    expect(server.requests).toHaveLength(0)
  })

  it('shows the rate-limit message the server sends', async () => {
    await openPage(() => reply(429, { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' }))
    typeCode('ABCD-EFGH-JKMN')
    await clickText('按验证码验证')
    expect(screen.getByText('请求过于频繁，请稍后再试')).toBeTruthy()
  })

  describe('PDF upload (H5)', () => {
    const realFetch = global.fetch
    afterEach(() => {
      global.fetch = realFetch
    })

    async function choose(file: File) {
      await act(async () => {
        fireEvent.change(screen.getByLabelText('上传 PDF 验证'), { target: { files: [file] } })
      })
      await settle()
    }

    it('refuses a file that is not a PDF without uploading', async () => {
      const fetchSpy = jest.fn()
      global.fetch = fetchSpy
      await openPage(valid)
      await choose(new File(['hello'], 'photo.jpg', { type: 'image/jpeg' }))
      expect(screen.getByText('请选择平台出具的 PDF 文件')).toBeTruthy()
      expect(fetchSpy).not.toHaveBeenCalled()
    })

    it('uploads the PDF as multipart field "file" and shows the reason it failed', async () => {
      const fetchSpy = jest.fn(
        async (_url: string, _init: { method: string; body: FormData }) =>
          ({
            ok: true,
            status: 200,
            json: async () => ({
              ...tampered,
              code: 'PDF_CONTENT_CHANGED',
              reason: 'PDF 内容已被改动',
              eventIndex: null,
            }),
          }) as Response,
      )
      global.fetch = fetchSpy as unknown as typeof fetch
      await openPage(valid)
      await choose(new File(['%PDF-1.7 ...'], '协议.pdf', { type: 'application/pdf' }))

      const [url, init] = fetchSpy.mock.calls[0]
      expect(url).toBe('http://api.test/api/v1/verify')
      expect(init.method).toBe('POST')
      expect((init.body.get('file') as File).name).toBe('协议.pdf')
      expect(screen.getByText('原因：PDF 内容已被改动')).toBeTruthy()
      expect(screen.getByText('PDF 页面内容在签署后被改动过（文件指纹与签章时不一致）。')).toBeTruthy()
      expect(screen.queryByText(/出问题的是第/)).toBeNull()
    })
  })
})
