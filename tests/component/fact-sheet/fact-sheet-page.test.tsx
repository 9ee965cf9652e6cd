import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { FactItem, FactSheet } from '@contract/fact-sheet'
import FactSheetPage from '@/packages/mediator/pages/fact-sheet/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { fakeServer, reply, type RecordedRequest } from '../../support/fake-server'
import { makeTokenPair } from '../../support/fixtures'
import { setRouterParams, testControls } from '../../support/taro-double'
import { settle } from '../../support/ui-actions'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../../support/ui-actions').TextareaDouble,
}))

const AT = '2026-11-26T04:00:00.000Z'

function fact(id: string, statement: string, statedBy: FactItem['statedBy'], marks: Partial<FactItem['marks']> = {}) {
  const item: FactItem = {
    id,
    key: `fact_${id}`,
    statement,
    statedBy,
    marks: { applicant: null, respondent: null, ...marks },
    status: 'pending',
    updatedAt: AT,
  }
  return item
}

/** Status and summary computed the way the server does: agreed when both sides agree, disputed on any dispute. */
function sheetOf(items: FactItem[]): FactSheet {
  const withStatus = items.map((item) => {
    const positions = (['applicant', 'respondent'] as const).map((role) =>
      item.statedBy === role ? 'agree' : item.marks[role]?.mark,
    )
    const status: FactItem['status'] = positions.includes('dispute')
      ? 'disputed'
      : positions.every((p) => p === 'agree')
        ? 'agreed'
        : 'pending'
    return { ...item, status }
  })
  const count = (status: FactItem['status']) => withStatus.filter((item) => item.status === status).length
  return {
    caseId: 'case-1',
    items: withStatus,
    summary: { agreed: count('agreed'), disputed: count('disputed'), pending: count('pending') },
  }
}

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

const card = (id: string) => document.querySelector(`[data-fact="${id}"]`) as HTMLElement

/** A small stateful fact-sheet API: marks are stored and reflected on the next GET. */
function factSheetApi(myRole: string, initial: FactItem[]) {
  const items = initial.map((item) => ({ ...item, marks: { ...item.marks } }))
  const markRoute = (id: string) => `PUT /api/v1/cases/case-1/fact-sheet/facts/${id}/mark`
  const routes: Record<string, (request: RecordedRequest) => { statusCode: number; data: unknown }> = {
    'GET /api/v1/cases/case-1': () =>
      reply(200, { id: 'case-1', caseNumber: 'TJ-2026-000007', title: '欠薪纠纷', status: 'in_mediation', myRole }),
    'GET /api/v1/cases/case-1/fact-sheet': () => reply(200, sheetOf(items)),
  }
  for (const item of items) {
    routes[markRoute(item.id)] = (request) => {
      const body = request.body as { mark: 'agree' | 'dispute'; comment?: string }
      item.marks[myRole as 'applicant' | 'respondent'] = {
        mark: body.mark,
        comment: body.comment ?? null,
        updatedAt: AT,
      }
      return reply(200, item)
    }
  }
  return fakeServer(routes)
}

const FACTS = [
  fact('f1', '李四于2026年3月起在王五承包的工地做木工', 'applicant'),
  fact('f2', '王五尚欠李四工资8000元', 'applicant'),
  fact('f3', '双方于2026年11月25日在工地发生争执，民警到场', 'police', {
    applicant: { mark: 'agree', comment: null, updatedAt: AT },
  }),
]

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  startSession(makeTokenPair(1))
  setRouterParams({ caseId: 'case-1' })
})

describe('fact sheet', () => {
  it('lets the respondent agree, and dispute only with a reason; counts follow', async () => {
    const server = factSheetApi('respondent', FACTS)
    testControls.setRequestHandler(server.handler)
    render(<FactSheetPage />)
    await settle()
    expect(screen.getByTestId('fact-summary').textContent).toBe('双方一致 0 项有争议 0 项待确认 3 项')

    await click(within(card('f1')).getByText('同意'))
    expect(server.requests.at(-2)).toMatchObject({
      method: 'PUT',
      path: '/api/v1/cases/case-1/fact-sheet/facts/f1/mark',
      body: { mark: 'agree' },
    })
    expect(card('f1').closest('[data-group]')?.getAttribute('data-group')).toBe('agreed')

    await click(within(card('f2')).getByText('有异议'))
    await click(within(card('f2')).getByText('提交异议'))
    expect(within(card('f2')).getByText('请说明有异议的理由')).toBeTruthy()
    expect(server.requests.filter((request) => request.path.endsWith('/f2/mark'))).toHaveLength(0)

    fireEvent.change(card('f2').querySelector('textarea') as Element, {
      target: { value: '  只欠5000元，另外3000元已经现金付过  ' },
    })
    await click(within(card('f2')).getByText('提交异议'))
    expect(server.requests.find((request) => request.path.endsWith('/f2/mark'))?.body).toEqual({
      mark: 'dispute',
      comment: '只欠5000元，另外3000元已经现金付过',
    })
    const disputed = card('f2')
    expect(disputed.closest('[data-group]')?.getAttribute('data-group')).toBe('disputed')
    expect(within(disputed).getByText('理由：只欠5000元，另外3000元已经现金付过')).toBeTruthy()
    expect(disputed.querySelector('[data-mark="respondent:dispute"]')).not.toBeNull()
    expect(screen.getByTestId('fact-summary').textContent).toBe('双方一致 1 项有争议 1 项待确认 1 项')
  })

  it("does not offer marks on the party's own statements, and shows server refusals at the fact", async () => {
    const server = factSheetApi('applicant', FACTS)
    testControls.setRequestHandler(async (option) =>
      option.method === 'PUT'
        ? { statusCode: 409, data: { code: 'CASE_STATE_INVALID', message: '案件已结束，事实清单不能再修改' } }
        : server.handler(option),
    )
    render(<FactSheetPage />)
    await settle()
    expect(within(card('f1')).queryByText('同意')).toBeNull()
    expect(within(card('f1')).getByText('申请人：本方陈述')).toBeTruthy()
    expect(within(card('f3')).getByText('申请人：同意')).toBeTruthy()
    await click(within(card('f3')).getByText('有异议'))
    fireEvent.change(card('f3').querySelector('textarea') as Element, { target: { value: '当天民警没有到场' } })
    await click(within(card('f3')).getByText('提交异议'))
    expect(within(card('f3')).getByRole('alert').textContent).toBe('案件已结束，事实清单不能再修改')
  })

  it('is read only for the mediator', async () => {
    testControls.setRequestHandler(factSheetApi('mediator', FACTS).handler)
    render(<FactSheetPage />)
    await settle()
    expect(screen.getByText('事实由当事人确认；您可以查看双方的意见。')).toBeTruthy()
    expect(screen.queryByText('同意')).toBeNull()
    expect(screen.queryByText('有异议')).toBeNull()
  })
})
