import { cleanup, render, screen } from '@testing-library/react'
import { ROUTES } from '@/lib/routes'
import CaseDetailPage from '@/packages/case/pages/detail/index'
import MePage from '@/pages/me/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer, reply } from '../../support/fake-server'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { click, settle } from '../agreement/agreement-helpers'

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null
const DAY = 86_400_000

const caseDetail = (status: string) => ({
  id: 'case-1',
  caseNumber: '（2026）九杨调字第000042号',
  title: '王秀英与某物流有限公司劳动报酬纠纷',
  disputeType: 'wage_arrears',
  status,
  myRole: 'applicant',
  committee: { id: 'c-1', name: '九杨街道人民调解委员会' },
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  narrative: '拖欠工资',
  facts: {},
  regionCode: '500107',
  source: 'self',
  parties: [],
})

async function openCase(status: string, effectiveAt: string | null) {
  startSession(makeTokenPair(1, makeMe({ id: 'u-app' }, ['resident'])))
  useSettingsStore.setState({ careMode: false, activeRole: 'resident' })
  const server = fakeServer({
    'GET /api/v1/cases/case-1': () => reply(200, caseDetail(status)),
    'GET /api/v1/cases/case-1/agreement': () =>
      effectiveAt === null
        ? reply(404, { code: 'AGREEMENT_NOT_FOUND', message: '调解协议尚未起草' })
        : reply(200, { caseId: 'case-1', version: 1, effectiveAt }),
  })
  testControls.setRequestHandler(server.handler)
  setRouterParams({ id: 'case-1' })
  render(<CaseDetailPage />)
  await settle()
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
})
afterEach(cleanup)

describe('judicial confirmation entry points', () => {
  it('the case detail offers 申请司法确认 once the agreement is effective, with the days left', async () => {
    await openCase('agreement_reached', new Date(Date.now() - 5 * DAY).toISOString())
    const entry = byTestId('case-judicial')!
    expect(entry.textContent).toContain('申请司法确认')
    expect(entry.textContent).toContain('剩 25 天')
    await click(entry.querySelector('.nut-cell')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.judicialApply}?caseId=case-1` })
  })

  it('the case detail shows no entry before the agreement takes effect', async () => {
    await openCase('in_mediation', null)
    expect(screen.getByText('王秀英与某物流有限公司劳动报酬纠纷')).toBeTruthy()
    expect(byTestId('case-judicial')).toBeNull()
  })

  it('the case detail links to the progress while the court has the application', async () => {
    await openCase('judicial_confirmation', new Date(Date.now() - 40 * DAY).toISOString())
    expect(byTestId('case-judicial')!.textContent).toContain('司法确认进度')
  })

  it('我的 shows 法院工作台 to a court clerk only', async () => {
    testControls.setRequestHandler(fakeServer({}).handler)
    startSession(makeTokenPair(1, makeMe({ id: 'u-clerk' }, ['court_clerk'])))
    useSettingsStore.setState({ careMode: false, activeRole: 'court_clerk' })
    render(<MePage />)
    await settle()
    await click(byTestId('me-court-desk')!.querySelector('.nut-cell')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.judicialClerk })
    cleanup()

    startSession(makeTokenPair(2, makeMe({ id: 'u-app' }, ['resident'])))
    useSettingsStore.setState({ careMode: false, activeRole: 'resident' })
    render(<MePage />)
    await settle()
    expect(byTestId('me-court-desk')).toBeNull()
  })
})
