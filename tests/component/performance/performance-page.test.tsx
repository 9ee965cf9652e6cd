import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { Role } from '@contract/roles'
import PerformancePage from '@/packages/performance/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { CASE_ID, instalment, PAST_DUE, performanceApi, type Viewer } from './performance-api'
import { click, settle } from '../../support/ui-actions'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../../support/ui-actions').TextareaDouble,
}))

type Upload = { url: string; filePath: string; name: string; header: Record<string, string> }
let uploads: Upload[]
let picked: string[]

async function openAs(server: ReturnType<typeof performanceApi>, viewer: Viewer, role: Role = 'resident') {
  const roles: Role[] = viewer === 'staff' ? [role] : ['resident']
  startSession(makeTokenPair(1, makeMe({ id: `u-${viewer}` }, roles)))
  useSettingsStore.setState({ careMode: false, activeRole: roles[0] })
  testControls.setRequestHandler(server.handler)
  render(<PerformancePage />)
  await settle()
}

function uploadsAccepted(server: ReturnType<typeof performanceApi>) {
  Object.assign(Taro, {
    chooseImage: jest.fn(async () => {
      const path = picked.shift()
      if (!path) throw new Error('chooseImage:fail cancel')
      return { tempFilePaths: [path], tempFiles: [{ path, size: 1000 }] }
    }),
    uploadFile: jest.fn(async (option: Upload) => {
      uploads.push(option)
      const id = `file-${uploads.length}`
      server.acceptUpload(id)
      return { statusCode: 201, data: JSON.stringify({ id, kind: 'image', caseId: CASE_ID }) }
    }),
  })
}

const card = (id: string) => screen.getByTestId(`instalment-${id}`)
const posts = (server: ReturnType<typeof performanceApi>) =>
  server.requests.filter((r) => r.method === 'POST').map((r) => r.path)

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  setRouterParams({ caseId: CASE_ID })
  uploads = []
  picked = []
})

afterEach(cleanup)

describe('performance schedule', () => {
  it('shows each instalment with the amount in figures and 大写, payer, payee and due date', async () => {
    const server = performanceApi({
      viewer: 'applicant',
      instalments: [
        instalment({ id: 'i-1', amount: 6000 }),
        instalment({ id: 'i-2', seq: 2, amount: 3500.5, dueDate: '2099-01-31' }),
        instalment({ id: 'i-3', seq: 3, amount: null, description: '出具离职证明' }),
      ],
    })
    await openAs(server, 'applicant')

    expect(card('i-1').textContent).toContain('¥6,000.00')
    expect(card('i-1').textContent).toContain('人民币陆仟元整')
    expect(card('i-1').textContent).toContain('付款方：某物流有限公司 → 收款方：王秀英')
    expect(card('i-1').textContent).toContain('履行期限：2099-12-31 前')
    expect(card('i-2').textContent).toContain('人民币叁仟伍佰元伍角')
    expect(card('i-3').textContent).toContain('非金钱给付')
    expect(screen.getByTestId('perf-legal-note').textContent).toContain('人民调解法第三十二条')
  })

  it('tells the parties when no schedule exists yet', async () => {
    await openAs(performanceApi({ viewer: 'applicant', instalments: [] }), 'applicant')
    expect(screen.getByText('暂无履行安排')).toBeTruthy()
  })
})

describe('payer and payee', () => {
  it('the payer must attach a receipt photo, which is uploaded to the case before marking paid', async () => {
    const server = performanceApi({ viewer: 'respondent', instalments: [instalment({ id: 'i-1' })] })
    uploadsAccepted(server)
    await openAs(server, 'respondent')
    expect(screen.queryByTestId('perf-confirm-i-1')).toBeNull()

    await click(screen.getByTestId('perf-mark-paid-i-1'))
    expect(within(card('i-1')).getByRole('alert').textContent).toBe('请先上传付款凭证照片')
    expect(posts(server)).toEqual([])

    picked.push('wxfile://tmp/transfer.jpg')
    await click(screen.getByTestId('perf-receipt-pick'))
    await click(screen.getByTestId('perf-mark-paid-i-1'))

    expect(uploads[0]).toMatchObject({
      url: `http://api.test/api/v1/cases/${CASE_ID}/files?kind=image`,
      filePath: 'wxfile://tmp/transfer.jpg',
      name: 'file',
      header: { Authorization: 'Bearer access-1' },
    })
    const paid = server.requests.find((r) => r.path === '/api/v1/performance/instalments/i-1/paid')
    expect(paid?.body).toEqual({ receiptFileId: 'file-1' })
    expect(card('i-1').getAttribute('data-status')).toBe('paid')
    expect(card('i-1').textContent).toContain('已付款，待对方确认')
    expect(card('i-1').textContent).toContain('（已附付款凭证）')
    expect(screen.queryByTestId('perf-mark-paid-i-1')).toBeNull()
    const photo = within(card('i-1')).getByTestId('perf-receipt-photo-i-1').querySelector('img')!
    expect(photo.getAttribute('src')).toBe(
      'http://api.test/api/v1/files/file-1/signed?expires=1795660800&signature=sig-file-1',
    )
  })

  it('the payee sees the receipt photo through its signed link and taps to enlarge it', async () => {
    const server = performanceApi({
      viewer: 'applicant',
      instalments: [
        instalment({ id: 'i-1', status: 'paid', paidAt: '2026-11-25T02:00:00.000Z', receiptFileId: 'f-1' }),
        instalment({ id: 'i-2', seq: 2 }),
      ],
    })
    const previewImage = jest.fn(async (_option: { urls: string[]; current: string }) => ({}))
    Object.assign(Taro, { previewImage })
    await openAs(server, 'applicant')
    // One request: the performance response names the sides, so the case itself is not fetched.
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /api/v1/performance/cases/${CASE_ID}`])
    expect(screen.queryByTestId('perf-receipt-photo-i-2')).toBeNull()

    await click(screen.getByTestId('perf-receipt-photo-i-1'))

    const url = 'http://api.test/api/v1/files/f-1/signed?expires=1795660800&signature=sig-f-1'
    expect(previewImage).toHaveBeenCalledWith({ urls: [url], current: url })
    expect(screen.getByTestId('perf-receipt-photo-i-1').querySelector('img')!.getAttribute('src')).toBe(url)
  })

  it('the case staff see the receipt photo too', async () => {
    const server = performanceApi({
      viewer: 'staff',
      instalments: [
        instalment({ id: 'i-1', status: 'paid', paidAt: '2026-11-25T02:00:00.000Z', receiptFileId: 'f-1' }),
      ],
    })
    await openAs(server, 'staff', 'mediator')
    expect(screen.getByTestId('perf-receipt-photo-i-1')).toBeTruthy()
    expect(card('i-1').textContent).toContain('付款方：某物流有限公司 → 收款方：王秀英')
  })

  it('shows the upload refusal in Chinese and does not mark paid', async () => {
    const server = performanceApi({ viewer: 'respondent', instalments: [instalment({ id: 'i-1' })] })
    Object.assign(Taro, {
      chooseImage: jest.fn(async () => ({ tempFilePaths: ['wxfile://tmp/huge.jpg'] })),
      uploadFile: jest.fn(async () => ({
        statusCode: 413,
        data: JSON.stringify({ code: 'FILE_TOO_LARGE', message: '图片不能超过10MB' }),
      })),
    })
    await openAs(server, 'respondent')

    await click(screen.getByTestId('perf-receipt-pick'))
    await click(screen.getByTestId('perf-mark-paid-i-1'))

    expect(within(card('i-1')).getByRole('alert').textContent).toBe('图片不能超过10MB')
    expect(posts(server)).toEqual([])
  })

  it('the payee confirms receipt of a paid instalment', async () => {
    const server = performanceApi({
      viewer: 'applicant',
      instalments: [
        instalment({ id: 'i-1', status: 'paid', paidAt: '2026-11-25T02:00:00.000Z', receiptFileId: 'f-1' }),
        instalment({ id: 'i-2', seq: 2 }),
      ],
    })
    await openAs(server, 'applicant')
    expect(screen.queryByTestId('perf-mark-paid-i-1')).toBeNull()
    expect(screen.queryByTestId('perf-confirm-i-2')).toBeNull()

    await click(screen.getByTestId('perf-confirm-i-1'))

    expect(posts(server)).toEqual(['/api/v1/performance/instalments/i-1/confirm'])
    expect(card('i-1').getAttribute('data-status')).toBe('confirmed')
    expect(card('i-1').textContent).toContain('2026-11-26 11:00 收款方确认收到')
  })

  it('a default on a confirmed agreement shows the pre-filled enforcement application with CPL 250', async () => {
    const server = performanceApi({
      viewer: 'applicant',
      judiciallyConfirmed: true,
      instalments: [instalment({ id: 'i-1', dueDate: PAST_DUE }), instalment({ id: 'i-2', seq: 2 })],
    })
    await openAs(server, 'applicant')
    // Only an overdue instalment can be recorded as unpaid.
    expect(screen.queryByTestId('perf-default-i-2')).toBeNull()

    await click(screen.getByTestId('perf-default-i-1'))

    expect(posts(server)).toEqual(['/api/v1/performance/instalments/i-1/default'])
    const route = screen.getByTestId('default-route')
    expect(route.getAttribute('data-route')).toBe('enforcement')
    expect(route.textContent).toContain('申请强制执行')
    expect(route.textContent).toContain('依据：《民事诉讼法》第二百零六条、第二百五十条')
    expect(route.textContent).toContain('执行法院：九龙坡区人民法院')
    expect(route.textContent).toContain('未履行金额：¥12,000.00（人民币壹万贰仟元整）')
    expect(screen.getByTestId('enforcement-deadline').textContent).toContain(
      '申请期限：至 2022-01-31 止（民事诉讼法第二百五十条',
    )
    expect(route.textContent).toContain('不构成法律意见')
    expect(card('i-1').getAttribute('data-status')).toBe('defaulted')
  })

  it('without a confirmation ruling the route after a default is a lawsuit (PML 32)', async () => {
    const server = performanceApi({
      viewer: 'applicant',
      instalments: [instalment({ id: 'i-1', dueDate: PAST_DUE, status: 'defaulted' })],
    })
    await openAs(server, 'applicant')

    await click(screen.getByTestId('perf-route-i-1'))

    const route = screen.getByTestId('default-route')
    expect(route.getAttribute('data-route')).toBe('litigation')
    expect(route.textContent).toContain('向人民法院起诉')
    expect(route.textContent).toContain('依据：《人民调解法》第三十二条')
  })

  it('shows the server refusal in Chinese', async () => {
    const server = performanceApi({
      viewer: 'applicant',
      instalments: [instalment({ id: 'i-1', dueDate: PAST_DUE })],
    })
    const handler = server.handler
    await openAs(
      {
        ...server,
        handler: async (option) =>
          option.method === 'POST'
            ? {
                statusCode: 409,
                data: { code: 'INSTALMENT_NOT_YET_DUE', message: '履行期限 2020-01-31 尚未届满，不能登记未履行' },
              }
            : handler(option),
      },
      'applicant',
    )

    await click(screen.getByTestId('perf-default-i-1'))

    expect(within(card('i-1')).getByRole('alert').textContent).toBe('履行期限 2020-01-31 尚未届满，不能登记未履行')
    expect(screen.queryByTestId('default-route')).toBeNull()
  })
})

describe('rating and visits', () => {
  it('a party must choose 1–5 before the rating is sent, and can rate only once', async () => {
    const server = performanceApi({ viewer: 'applicant', instalments: [] })
    await openAs(server, 'applicant')
    const form = screen.getByTestId('rating-form')

    await click(screen.getByTestId('rating-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('请选择 1–5 分')
    expect(posts(server)).toEqual([])

    fireEvent.change(form.querySelector('textarea[name="ratingComment"]')!, { target: { value: '很'.repeat(501) } })
    await click(screen.getByTestId('rating-score-4'))
    await click(screen.getByTestId('rating-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('评价内容不能超过500字')

    fireEvent.change(form.querySelector('textarea[name="ratingComment"]')!, { target: { value: ' 调解员很耐心 ' } })
    await click(screen.getByTestId('rating-submit'))
    const sent = server.requests.find((r) => r.path === `/api/v1/performance/cases/${CASE_ID}/rating`)
    expect(sent?.body).toEqual({ score: 4, comment: '调解员很耐心' })
    expect(screen.getByTestId('rating-done').textContent).toContain('感谢您的评价')

    expect(screen.getByTestId('rating-mine').textContent).toContain('评分：4 分')
    expect(screen.queryByTestId('rating-form')).toBeNull()

    // Reopened: the response says this party has rated, so the rating shows instead of the form.
    cleanup()
    await openAs(server, 'applicant')
    expect(screen.queryByTestId('rating-form')).toBeNull()
    const done = screen.getByTestId('rating-done')
    expect(done.textContent).toContain('您已评价')
    expect(done.textContent).toContain('评分：4 分（2026-11-26 11:00）')
    expect(done.textContent).toContain('意见和建议：调解员很耐心')
  })

  it('a party who rated earlier sees the rating, not the form', async () => {
    const server = performanceApi({
      viewer: 'respondent',
      instalments: [],
      myRating: { score: 2, comment: '', createdAt: '2026-11-20T01:00:00.000Z' },
    })
    await openAs(server, 'respondent')
    expect(screen.queryByTestId('rating-submit')).toBeNull()
    expect(screen.getByTestId('rating-done').textContent).toContain('您已评价评分：2 分（2026-11-20 09:00）')
    expect(screen.getByTestId('rating-done').textContent).not.toContain('意见和建议')
  })

  it('the mediator records a follow-up visit; staff do not rate', async () => {
    const server = performanceApi({ viewer: 'staff', instalments: [instalment({ id: 'i-1' })] })
    await openAs(server, 'staff', 'mediator')
    expect(screen.queryByTestId('rating-form')).toBeNull()
    expect(screen.queryByTestId('perf-mark-paid-i-1')).toBeNull()
    const form = screen.getByTestId('visit-form')

    await click(screen.getByTestId('visit-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('请选择回访方式')

    await click(screen.getByTestId('visit-method-phone'))
    await click(screen.getByTestId('visit-performance-partly'))
    fireEvent.change(form.querySelector('input[name="visitedOn"]')!, { target: { value: '2026-11-20' } })
    await click(screen.getByTestId('visit-submit'))
    expect(within(form).getByRole('alert').textContent).toBe('请填写回访记录（至少2个字）')

    fireEvent.change(form.querySelector('textarea[name="visitNotes"]')!, {
      target: { value: '已付第一期，第二期承诺月底前付清' },
    })
    await click(screen.getByTestId('visit-submit'))

    const sent = server.requests.find((r) => r.path === `/api/v1/performance/cases/${CASE_ID}/visits`)
    expect(sent?.body).toEqual({
      visitedOn: '2026-11-20',
      method: 'phone',
      performance: 'partly',
      notes: '已付第一期，第二期承诺月底前付清',
    })
    expect(screen.getByTestId('visit-v-1').textContent).toContain('2026-11-20 · 电话回访 · 部分履行')
  })

  it('the committee admin sees the ratings', async () => {
    const server = performanceApi({ viewer: 'staff', instalments: [] })
    await openAs(server, 'staff', 'committee_admin')
    expect(screen.getByTestId('ratings').textContent).toContain('当事人评价（平均 5.0 分）')
    expect(screen.getByTestId('ratings').textContent).toContain('王秀英：5 分')
    expect(screen.queryByTestId('visit-form')).toBeNull()
  })
})
