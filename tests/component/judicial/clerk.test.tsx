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

function signInAsClerk(
  server: ReturnType<typeof judicialApi>,
  roles: ('court_clerk' | 'resident')[] = ['court_clerk'],
) {
  startSession(makeTokenPair(1, makeMe({ id: 'u-clerk', displayName: '李书记员' }, roles)))
  useSettingsStore.setState({ careMode: false, activeRole: roles[0] })
  testControls.setRequestHandler(server.handler)
}

async function openDetail(server: ReturnType<typeof judicialApi>) {
  signInAsClerk(server)
  setRouterParams({ applicationId: APP_ID })
  render(<JudicialClerkDetailPage />)
  await settle()
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
})
afterEach(cleanup)

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
  it('files it under a case number (checked in Chinese first), which starts the decision deadline', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    server.seed('submitted')
    await openDetail(server)

    expect(screen.getByText('立案后可查看申请书和附件原件。')).toBeTruthy()
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
    await click(byTestId('clerk-request'))

    expect(server.posts('/material-requests')[0].body).toEqual({ message: '请补充被申请人营业执照副本' })
    expect(byTestId('clerk-status').textContent).toBe('状态：法院要求补充材料')
    expect(screen.getByText('等待当事人补充材料；材料补齐后可以作出裁定。')).toBeTruthy()
    expect(byTestId('clerk-decide')).toBeNull()
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
    expect(screen.getByRole('alert').textContent).toBe('申请当前状态为 confirmed，不能进行此操作')
  })

  it('says in Chinese when the application is not this court’s', async () => {
    const server = judicialApi({ me: null, effectiveDaysAgo: 5 })
    await openDetail(server)
    expect(screen.getByRole('alert').textContent).toContain('申请不存在或不属于本院')
    expect(screen.getByText('重试')).toBeTruthy()
  })
})
