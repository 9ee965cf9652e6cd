import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import NotificationsPage from '@/packages/notifications/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { notice, notificationsApi } from './notifications-api'
import { settle } from '../../support/ui-actions'

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

async function open(server: ReturnType<typeof notificationsApi>) {
  startSession(makeTokenPair(1, makeMe()))
  testControls.setRequestHandler(server.handler)
  render(<NotificationsPage />)
  await settle()
}

const SEED = [
  notice({ id: 'n-1' }),
  notice({
    id: 'n-2',
    kind: 'instalment_update',
    title: '对方已付款',
    body: '拖欠的劳动报酬 6000.00元（2026-12-31 到期）已标记付款，请核对后确认收款。',
  }),
  notice({ id: 'n-3', kind: 'case_accepted', title: '案件已受理', readAt: '2026-11-25T01:00:00.000Z' }),
]

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
})

afterEach(cleanup)

describe('notifications', () => {
  it('marks an unread notice read and opens the page it concerns', async () => {
    const server = notificationsApi(SEED)
    await open(server)
    expect(screen.getByTestId('notifications-unread').textContent).toBe('2 条未读')
    expect(screen.getByTestId('notification-n-2').getAttribute('data-read')).toBe('false')

    await click(screen.getByTestId('notification-n-2'))

    expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/api/v1/notifications/n-2/read',
    ])
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/performance/pages/index/index?caseId=case-1' })
    expect(screen.getByTestId('notification-n-2').getAttribute('data-read')).toBe('true')
    expect(screen.getByTestId('notifications-unread').textContent).toBe('1 条未读')

    await click(screen.getByTestId('notification-n-1'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/inbox/pages/index/index' })
  })

  it('opens a read notice without marking it again', async () => {
    const server = notificationsApi(SEED)
    await open(server)
    await click(screen.getByTestId('notification-n-3'))
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/case/pages/detail/index?id=case-1' })
  })

  it('reads all at once', async () => {
    const server = notificationsApi(SEED)
    await open(server)

    await click(screen.getByTestId('notifications-read-all'))

    expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/api/v1/notifications/read-all',
    ])
    expect(screen.getByTestId('notifications-unread').textContent).toBe('全部已读')
    for (const id of ['n-1', 'n-2', 'n-3'])
      expect(screen.getByTestId(`notification-${id}`).getAttribute('data-read')).toBe('true')
    expect(server.items.every((n) => n.readAt !== null)).toBe(true)
  })

  it('shows a Chinese message and stays when marking read fails', async () => {
    await open(notificationsApi(SEED, { failMarkRead: true }))
    await click(screen.getByTestId('notification-n-1'))
    expect(screen.getByRole('alert').textContent).toBe('通知不存在')
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    expect(screen.getByTestId('notification-n-1').getAttribute('data-read')).toBe('false')
  })

  it('loads older notices page by page', async () => {
    const many = Array.from({ length: 25 }, (_, i) => notice({ id: `n-${i + 1}`, title: `通知${i + 1}` }))
    const server = notificationsApi(many)
    await open(server)
    expect(screen.queryByTestId('notification-n-21')).toBeNull()

    await click(screen.getByText('加载更多'))

    expect(server.queries[1].get('offset')).toBe('20')
    expect(screen.getByTestId('notification-n-25')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
  })

  it.each([
    ['record_confirmation', '/packages/record/pages/index/index?caseId=case-1'],
    ['session_reminder', '/packages/session/pages/room/index?caseId=case-1'],
    ['deadline_reminder', '/packages/case/pages/detail/index?id=case-1'],
    ['reassignment_needed', '/packages/mediator/pages/committee/index'],
  ] as const)('a %s notice opens %s', async (kind, url) => {
    await open(notificationsApi([notice({ id: 'n-1', kind, title: '提醒' })]))
    await click(screen.getByTestId('notification-n-1'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url })
  })

  it('only marks read a notice that concerns no page', async () => {
    const server = notificationsApi([notice({ id: 'n-1', kind: 'case_accepted', caseId: null })])
    await open(server)
    await click(screen.getByTestId('notification-n-1'))
    expect(server.requests.some((r) => r.path === '/api/v1/notifications/n-1/read')).toBe(true)
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })

  it('says when there is nothing yet', async () => {
    await open(notificationsApi([]))
    expect(screen.getByText('暂无消息')).toBeTruthy()
  })
})
