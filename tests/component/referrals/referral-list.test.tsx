import { act, fireEvent, render, screen, within } from '@testing-library/react'
import ReferralListPage from '@/packages/police/pages/list/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { fakeServer, reply } from '../../support/fake-server'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { referralCreated } from './referral-fixtures'
import { flush } from '../../support/ui-actions'

const settle = () => flush(3)

const created = referralCreated()
const closed = {
  ...created.referral,
  caseId: 'case-8',
  caseNumber: 'TJ-2026-000008',
  status: 'closed',
  outcome: 'agreement',
  parties: created.referral.parties.map((party) => ({ ...party, claimed: true })),
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  startSession(makeTokenPair(1, makeMe({}, ['police'])))
})

describe("officer's referrals", () => {
  it('shows status, outcome and unclaimed parties; a resent link replaces the old one', async () => {
    const server = fakeServer({
      'GET /api/v1/referrals': () => reply(200, { items: [created.referral, closed], total: 2 }),
      'POST /api/v1/referrals/case-7/links/respondent': () =>
        reply(201, { ...created.links[1], token: 'fresh-token-0123456789abcdef', link: '/x?token=fresh' }),
    })
    testControls.setRequestHandler(server.handler)
    render(<ReferralListPage />)
    await settle()

    const open = document.querySelector('[data-case="case-7"]') as HTMLElement
    expect(within(open).getByText('待受理')).toBeTruthy()
    expect(within(open).getByText('结果：办理中')).toBeTruthy()
    expect(within(open).getByText('被申请人 王五：未认领')).toBeTruthy()
    const done = document.querySelector('[data-case="case-8"]') as HTMLElement
    expect(within(done).getByText('结果：达成协议')).toBeTruthy()
    expect(within(done).queryByText('重发链接')).toBeNull()

    const respondentRow = within(open).getByText('被申请人 王五：未认领').parentElement as HTMLElement
    await act(async () => {
      fireEvent.click(within(respondentRow).getByText('重发链接'))
    })
    await settle()
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', body: {} })
    expect(screen.getByText('已重新发送短信，旧链接已作废。')).toBeTruthy()
    expect(screen.getByText(/claim\/index\?token=fresh-token-0123456789abcdef$/)).toBeTruthy()

    await act(async () => {
      fireEvent.click(within(open).getByText('TJ-2026-000007'))
    })
    expect((Taro.navigateTo as jest.Mock).mock.calls[0][0].url).toBe('/packages/case/pages/detail/index?id=case-7')
  })

  it('loads the next page from where the list ends', async () => {
    const summary = (n: number) => ({
      ...closed,
      caseId: `case-${n}`,
      caseNumber: `TJ-2026-${String(n).padStart(6, '0')}`,
    })
    const offsets: string[] = []
    testControls.setRequestHandler(async (option) => {
      const url = new URL(option.url)
      const offset = Number(url.searchParams.get('offset') ?? 0)
      offsets.push(`${url.pathname}?offset=${offset}&limit=${url.searchParams.get('limit')}`)
      const items = Array.from({ length: offset === 0 ? 20 : 1 }, (_, i) => summary(offset + i + 1))
      return { statusCode: 200, data: { items, total: 21 } }
    })
    render(<ReferralListPage />)
    await settle()
    expect(screen.getByText('共 21 件')).toBeTruthy()
    expect(document.querySelectorAll('[data-case]')).toHaveLength(20)
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    await settle()
    expect(offsets).toEqual(['/api/v1/referrals?offset=0&limit=20', '/api/v1/referrals?offset=20&limit=20'])
    expect(document.querySelectorAll('[data-case]')).toHaveLength(21)
    expect(screen.getByText('TJ-2026-000021')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
  })
})
