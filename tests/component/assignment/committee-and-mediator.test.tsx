import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { CommitteeCase } from '@contract/assignment'
import MediatorCasesPage from '@/packages/mediator/pages/cases/index'
import CommitteePage from '@/packages/mediator/pages/committee/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { fakeServer, reply } from '../../support/fake-server'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { settle } from '../../support/ui-actions'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../../support/ui-actions').TextareaDouble,
}))

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

const deadline = (daysLeft: number) => ({
  days: 30,
  dueAt: '2026-12-20T00:00:00.000Z',
  basis: '《人民调解工作若干规定》：一般在一个月内调结',
  configurable: true,
  overdue: daysLeft < 0,
  daysLeft,
})

function committeeCase(caseId: string, status: CommitteeCase['status'], overrides: Partial<CommitteeCase> = {}) {
  const item: CommitteeCase = {
    caseId,
    caseNumber: `TJ-2026-00000${caseId.slice(-1)}`,
    title: '李四与王五欠薪纠纷',
    disputeType: 'wage_arrears',
    source: 'police',
    status,
    createdAt: '2026-11-26T04:00:00.000Z',
    deadline: null,
    mediators: [],
    requestedMediators: [],
    ...overrides,
  }
  return item
}

const card = (caseId: string) => document.querySelector(`[data-case="${caseId}"]`) as HTMLElement

describe('committee desk', () => {
  beforeEach(() => {
    testControls.reset()
    useAuthStore.getState().clearSession()
    startSession(
      makeTokenPair(
        1,
        makeMe({ organisation: { id: 'committee-1', name: '杨家坪街道人民调解委员会' } as never }, ['committee_admin']),
      ),
    )
  })

  it('accepts, assigns (auto and a ranked candidate), flags overdue cases and checks a transfer before sending', async () => {
    let incoming = [
      committeeCase('case-1', 'pending_acceptance'),
      committeeCase('case-2', 'accepted', { deadline: deadline(12) }),
    ]
    const server = fakeServer({
      'GET /api/v1/assignment/cases': () => reply(200, { items: incoming }),
      'GET /api/v1/organisations': () =>
        reply(200, {
          items: [
            { id: 'committee-1', name: '杨家坪街道人民调解委员会', active: true },
            { id: 'committee-2', name: '九龙坡区劳动争议人民调解委员会', active: true },
          ],
        }),
      'POST /api/v1/cases/case-1/accept': () => {
        incoming = incoming.map((item) => (item.caseId === 'case-1' ? { ...item, status: 'accepted' } : item))
        return reply(200, { ok: true })
      },
      'GET /api/v1/cases/case-2/mediator-candidates': () =>
        reply(200, {
          items: [
            {
              userId: 'm-1',
              name: '刘芳',
              specialities: ['labor'],
              specialityMatch: true,
              areaMatch: true,
              activeCases: 2,
              requestedByParty: true,
            },
            {
              userId: 'm-2',
              name: '陈明',
              specialities: [],
              specialityMatch: false,
              areaMatch: true,
              activeCases: 0,
              requestedByParty: false,
            },
          ],
        }),
      'POST /api/v1/cases/case-2/mediators': (request) =>
        reply(200, {
          mediatorUserId: (request.body as { mediatorUserId?: string }).mediatorUserId ?? 'm-2',
          method: 'manual',
        }),
      'POST /api/v1/cases/case-2/transfer': () => reply(200, { ok: true }),
    })
    testControls.setRequestHandler(server.handler)
    render(<CommitteePage />)
    await settle()
    expect(server.requests[0].path).toBe('/api/v1/assignment/cases')
    expect(within(card('case-2')).getByText('剩余 12 天（2026-12-20 到期）')).toBeTruthy()
    expect(within(card('case-2')).getByText(/期限可由调委会设置/)).toBeTruthy()

    await click(within(card('case-1')).getByText('受理'))
    expect(server.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/cases/case-1/accept')?.body).toEqual(
      {},
    )
    expect(screen.getByRole('tab', { name: '办理中' }).getAttribute('aria-selected')).toBe('true')
    expect(within(card('case-1')).queryByText('受理')).toBeNull()

    await click(within(card('case-2')).getByText('分派调解员'))
    const first = card('case-2').querySelector('[data-candidate="m-1"]') as HTMLElement
    expect(first.textContent).toContain('1. 刘芳')
    expect(first.textContent).toContain('当事人指定 · 专业对口 · 负责该片区 · 在办 2 件')
    await click(within(first).getByText('分派'))
    expect(server.requests.filter((r) => r.path === '/api/v1/cases/case-2/mediators').map((r) => r.body)).toEqual([
      { mediatorUserId: 'm-1' },
    ])

    await click(within(card('case-2')).getByText('分派调解员'))
    await click(within(card('case-2')).getByText('自动分派'))
    expect(server.requests.filter((r) => r.path === '/api/v1/cases/case-2/mediators').at(-1)?.body).toEqual({
      auto: true,
    })

    await click(within(card('case-2')).getByText('转交'))
    expect(within(card('case-2')).queryByRole('radio', { name: '杨家坪街道人民调解委员会' })).toBeNull()
    await click(within(card('case-2')).getByText('确认转交'))
    expect(within(card('case-2')).getByText('请选择接收案件的调解委员会')).toBeTruthy()
    await click(within(card('case-2')).getByRole('radio', { name: '九龙坡区劳动争议人民调解委员会' }))
    fireEvent.change(card('case-2').querySelector('textarea') as Element, { target: { value: '欠' } })
    await click(within(card('case-2')).getByText('确认转交'))
    expect(within(card('case-2')).getByText('请填写转交理由（至少2个字）')).toBeTruthy()
    expect(server.requests.some((r) => r.path.endsWith('/transfer'))).toBe(false)
    fireEvent.change(card('case-2').querySelector('textarea') as Element, {
      target: { value: '劳动争议由专业调委会办理' },
    })
    await click(within(card('case-2')).getByText('确认转交'))
    expect(server.requests.find((r) => r.path.endsWith('/transfer'))?.body).toEqual({
      committeeId: 'committee-2',
      reason: '劳动争议由专业调委会办理',
    })
  })

  it('shows overdue cases on their own tab in red', async () => {
    const server = fakeServer({
      'GET /api/v1/assignment/cases': () =>
        reply(200, { items: [committeeCase('case-3', 'in_mediation', { deadline: deadline(-3) })] }),
      'GET /api/v1/organisations': () => reply(200, { items: [] }),
    })
    testControls.setRequestHandler(server.handler)
    render(<CommitteePage />)
    await settle()
    await click(screen.getByRole('tab', { name: '已超期' }))
    expect(server.requests.at(-1)?.path).toBe('/api/v1/assignment/cases')
    const overdue = card('case-3').querySelector('[data-overdue="true"]') as HTMLElement
    expect(overdue.textContent).toContain('已超期 3 天')
    expect(within(card('case-3')).getByText('需要分派调解员')).toBeTruthy()
  })
})

describe("mediator's cases", () => {
  beforeEach(() => {
    testControls.reset()
    useAuthStore.getState().clearSession()
    startSession(makeTokenPair(1, makeMe({ id: 'm-1' }, ['mediator'])))
  })

  it('accepts an offered case, or declares a conflict only with a reason', async () => {
    let myStatus = 'pending'
    const server = fakeServer({
      'GET /api/v1/cases': () =>
        reply(200, {
          items: [
            {
              id: 'case-2',
              caseNumber: 'TJ-2026-000002',
              title: '李四与王五欠薪纠纷',
              status: 'accepted',
              myRole: 'staff',
            },
          ],
          total: 1,
        }),
      'GET /api/v1/cases/case-2/progress': () =>
        reply(200, {
          caseId: 'case-2',
          status: 'accepted',
          committee: null,
          acceptedAt: null,
          deadline: deadline(20),
          respondentAnswer: null,
          mediators: [
            {
              id: 'a-1',
              mediatorUserId: 'm-1',
              mediatorName: '刘芳',
              method: 'manual',
              status: myStatus,
              conflictNote: null,
              assignedAt: '',
            },
          ],
          outcome: null,
        }),
      'POST /api/v1/cases/case-2/mediator-answer': (request) => {
        myStatus = (request.body as { conflictOfInterest: boolean }).conflictOfInterest ? 'conflict' : 'accepted'
        return reply(200, { status: myStatus })
      },
    })
    testControls.setRequestHandler(server.handler)
    render(<MediatorCasesPage />)
    await settle()
    await click(screen.getByText('申请回避'))
    await click(screen.getByText('提交回避申请'))
    expect(screen.getByText('请说明需要回避的原因')).toBeTruthy()
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false)

    await click(screen.getByText('接受'))
    expect(server.requests.find((r) => r.method === 'POST')?.body).toEqual({ conflictOfInterest: false })
    await click(screen.getByText('进入调解室'))
    expect((Taro.navigateTo as jest.Mock).mock.calls[0][0].url).toBe('/packages/session/pages/room/index?caseId=case-2')
  })
})
