import { cleanup, render, screen, within } from '@testing-library/react'
import JudicialClerkDetailPage from '@/packages/judicial/pages/clerk-detail/index'
import JudicialClerkPage from '@/packages/judicial/pages/clerk/index'
import { ROUTES } from '@/lib/routes'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { addDays, chinaDate } from '../../../server/src/domain/judicial/china-dates'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { click, settle, typeInto } from '../agreement/agreement-helpers'
import { APP_ID, judicialApi } from './judicial-api'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../agreement/agreement-helpers').TextareaDouble,
}))

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement
const today = () => chinaDate(new Date())

function signInAsClerk(api: ReturnType<typeof judicialApi>, roles: ('court_clerk' | 'resident')[] = ['court_clerk']) {
  answering = api
  startSession(makeTokenPair(1, makeMe({ id: 'u-clerk', displayName: '李书记员' }, roles)))
  useSettingsStore.setState({ careMode: false, activeRole: roles[0] })
  testControls.setRequestHandler(api.handler)
}

async function openDetail(server: ReturnType<typeof judicialApi>) {
  signInAsClerk(server)
  setRouterParams({ applicationId: APP_ID })
  render(<JudicialClerkDetailPage />)
  await settle()
}

let fetchMock: jest.Mock
let saved: { href: string; download: string }[]
/** The fake server of the test, which also answers the downloads. */
let answering: ReturnType<typeof judicialApi> | null = null

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  saved = []
  answering = null
  // Binary downloads go through fetch in the browser build; the fake server answers them by its rules.
  fetchMock = jest.fn(async (url: string) => answering!.download(url))
  Object.assign(globalThis, { fetch: fetchMock })
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:file'), revokeObjectURL: jest.fn() })
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download })
  })
})
afterEach(() => {
  cleanup()
  jest.restoreAllMocks()
})

describe('court clerk: queue', () => {
  it.each([
    ['submitted', {}, '待立案', 'warning'],
    ['filed', { decisionDueDate: addDays(today(), 20) }, `${addDays(today(), 20)} 前审结`, 'normal'],
    ['filed', { decisionDueDate: addDays(today(), 3) }, '3 天后到期', 'warning'],
    [
      'materials_requested',
      { decisionDueDate: addDays(today(), -2), overdue: true },
      `已超期（应于${addDays(today(), -2)}前审结）`,
      'danger',
    ],
  ] as const)('a %s application shows its deadline badge', async (stage, changes, text, tone) => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed(stage, changes)
    signInAsClerk(server)
    render(<JudicialClerkPage />)
    await settle()

    const item = byTestId(`judicial-queue-${APP_ID}`)
    expect(within(item).getByText('王秀英 与 某物流有限公司')).toBeTruthy()
    const badge = within(item).getByTestId('judicial-deadline')
    expect(badge.textContent).toBe(text)
    expect(badge.dataset.tone).toBe(tone)
  })

  it('filters by status and opens an application', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('submitted')
    signInAsClerk(server)
    render(<JudicialClerkPage />)
    await settle()

    await click(byTestId('judicial-filter-filed'))
    const last = server.requests[server.requests.length - 1]
    expect(last.path).toBe('/api/v1/judicial/queue')
    expect(last.query.get('status')).toBe('filed')
    expect(screen.getByText('没有申请')).toBeTruthy()

    await click(byTestId('judicial-filter-submitted'))
    await click(byTestId(`judicial-queue-${APP_ID}`))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.judicialClerkDetail}?applicationId=${APP_ID}` })
  })

  it('is closed to anyone who is not a court clerk', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    signInAsClerk(server, ['resident'])
    render(<JudicialClerkPage />)
    await settle()
    expect(screen.getByText('无权访问')).toBeTruthy()
    expect(server.requests).toHaveLength(0)
  })
})

describe('court clerk: an application', () => {
  it('reads the application and opens the 申请书 and every attachment before filing', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('submitted')
    await openDetail(server)

    expect(screen.queryByText(/立案后可查看/)).toBeNull()
    const text = byTestId('judicial-application-text')
    expect(within(text).getByText('申请人1：王秀英（申请人）')).toBeTruthy()
    expect(within(text).getByText('申请人2：某物流有限公司（申请人（原被申请人））')).toBeTruthy()
    expect(within(text).getByText(/^请求确认申请人于.+主持调解达成的《人民调解协议书》有效。$/)).toBeTruthy()
    expect(within(text).getByText(/劳动报酬12,000.00元/)).toBeTruthy()
    expect(within(text).getByText(/不存在恶意串通/)).toBeTruthy()

    const base = `http://api.test/api/v1/judicial/applications/${APP_ID}`
    await click(byTestId('judicial-open-application'))
    await click(byTestId('judicial-open-agreement'))
    await click(byTestId('judicial-attachment-1'))
    await click(byTestId('judicial-attachment-2'))
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual([
      `${base}/files/f-application`,
      `${base}/agreement.pdf`,
      `${base}/files/f-id-1`,
      `${base}/files/f-lic-1`,
    ])
    expect(saved.map((s) => s.download)).toEqual([
      '司法确认申请书.pdf',
      '调解协议书.pdf',
      '王秀英身份证明',
      '某物流有限公司身份证明',
    ])
    expect(screen.queryAllByRole('alert')).toHaveLength(0)
  })

  it('opens the materials the parties supplied', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    const seeded = server.seed('materials_requested')
    Object.assign(seeded.materialRequests[0], { fileIds: ['f-extra'], suppliedAt: '2026-11-21T02:00:00.000Z' })
    await openDetail(server)

    expect(byTestId('clerk-material-mr-1').textContent).toContain('2026-11-21 10:00 已补充')
    await click(screen.getByText('查看补充材料 1'))
    expect(fetchMock).toHaveBeenCalledWith(`http://api.test/api/v1/judicial/applications/${APP_ID}/files/f-extra`, {
      headers: { Authorization: 'Bearer access-1' },
    })
  })

  it('files it under a case number (checked in Chinese first), which starts the decision deadline', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('submitted')
    await openDetail(server)

    await click(byTestId('clerk-file'))
    expect(screen.getByText('请填写法院案号，如（2026）渝0107民特123号')).toBeTruthy()
    expect(server.posts('/file')).toHaveLength(0)

    typeInto('courtCaseNumber', '（2026）渝0107民特123号')
    await click(byTestId('clerk-file'))
    expect(server.posts('/file')[0].body).toEqual({ courtCaseNumber: '（2026）渝0107民特123号' })
    expect(byTestId('clerk-status').textContent).toBe('状态：法院已立案，审查中')
    expect(byTestId('judicial-deadline').textContent).toBe(`${addDays(today(), 30)} 前审结`)
    expect(screen.getByText('（2026）渝0107民特123号')).toBeTruthy()
    expect(byTestId('judicial-open-application')).toBeTruthy()
  })

  it('asks the parties for more materials', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('filed')
    await openDetail(server)

    await click(byTestId('clerk-request'))
    expect(screen.getByText('请写明需要当事人补充的材料')).toBeTruthy()
    typeInto('materialsMessage', '请补充被申请人营业执照副本')
    // Seven days by default (CPL-Interp 354: the court sets the time limit).
    expect(byTestId('clerk-due-7').getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByText(new RegExp(`当事人须于 ${addDays(today(), 7)} 前补充`))).toBeTruthy()
    await click(byTestId('clerk-due-15'))
    await click(byTestId('clerk-request'))

    const due = addDays(today(), 15)
    expect(server.posts('/material-requests')[0].body).toEqual({ message: '请补充被申请人营业执照副本', dueDate: due })
    expect(byTestId('clerk-status').textContent).toBe('状态：法院要求补充材料')
    expect(screen.getByText('等待当事人补充材料；材料补齐后可以作出裁定。')).toBeTruthy()
    expect(byTestId('clerk-material-mr-1').textContent).toContain(`补充期限 ${due}；尚未补充`)
    expect(byTestId('clerk-decide')).toBeNull()

    typeInto('materialsMessage', '请补充身份证复印件')
    await click(byTestId('clerk-due-none'))
    await click(byTestId('clerk-request'))
    expect(server.posts('/material-requests')[1].body).toEqual({ message: '请补充身份证复印件' })
    expect(byTestId('clerk-material-mr-2').textContent).toContain('未指定期限')
  })

  it('requires reasons to reject, then rejects', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('filed')
    await openDetail(server)

    await click(byTestId('clerk-decide'))
    expect(screen.getByText('请选择裁定结果')).toBeTruthy()
    await click(byTestId('clerk-outcome-rejected'))
    await click(byTestId('clerk-decide'))
    expect(screen.getByText('驳回申请须写明理由')).toBeTruthy()
    expect(server.posts('/decision')).toHaveLength(0)

    typeInto('decisionReasons', '协议第二条履行期限约定不明确')
    await click(byTestId('clerk-decide'))
    expect(server.posts('/decision')[0].body).toEqual({ outcome: 'rejected', reasons: '协议第二条履行期限约定不明确' })
    expect(byTestId('clerk-status').textContent).toBe('状态：已裁定驳回申请')
    expect(screen.getByText('已裁定驳回申请：协议第二条履行期限约定不明确')).toBeTruthy()
    expect(byTestId('clerk-open-ruling')).toBeTruthy()
    expect(byTestId('judicial-deadline')).toBeNull()
  })

  it('rules the agreement valid without reasons', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('filed')
    await openDetail(server)

    await click(byTestId('clerk-outcome-valid'))
    await click(byTestId('clerk-decide'))
    expect(server.posts('/decision')[0].body).toEqual({ outcome: 'valid' })
    expect(byTestId('clerk-status').textContent).toBe('状态：已裁定调解协议有效')
    expect(byTestId('judicial-step-decision').dataset.state).toBe('done')
  })

  it('shows the server’s Chinese message when the action is refused', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('filed')
    await openDetail(server)
    // Another clerk decided meanwhile: the server refuses the second decision.
    server.seed('confirmed')

    await click(byTestId('clerk-outcome-valid'))
    await click(byTestId('clerk-decide'))
    expect(screen.getByRole('alert').textContent).toBe('申请当前状态为“已裁定调解协议有效”，不能进行此操作')
  })

  it('says in Chinese when the application is not this court’s', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    await openDetail(server)
    expect(screen.getByRole('alert').textContent).toContain('申请不存在或不属于本院')
    expect(screen.getByText('重试')).toBeTruthy()
  })
})
