import { render, screen, within } from '@testing-library/react'
import type { CaseDetail } from '@contract/cases'
import CaseDetailPage from '@/packages/case/pages/detail/index'
import { setRouterParams, testControls } from '../../support/taro-double'
import { click, settle } from '../agreement/agreement-helpers'
import { schedulingApi } from './scheduling-api'
import { PHONE_NOW, resetApp, signInAs } from './scheduling-helpers'

beforeEach(() => {
  resetApp()
  setRouterParams({ id: 'case-1' })
  jest.spyOn(Date, 'now').mockImplementation(() => PHONE_NOW)
})
afterEach(() => jest.restoreAllMocks())

function caseDetail(status: CaseDetail['status']): CaseDetail {
  return {
    id: 'case-1',
    caseNumber: 'TJ-2026-000042',
    title: '王秀英与某物流有限公司劳动报酬纠纷',
    disputeType: 'wage_arrears',
    status,
    myRole: 'applicant',
    committee: { id: 'c-1', name: '九杨街道人民调解委员会' },
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-25T01:00:00.000Z',
    narrative: '',
    facts: {},
    regionCode: null,
    source: 'self',
    parties: [],
  }
}

/** The case detail page against the scheduling server, plus the case itself. */
async function openCaseDetail(status: CaseDetail['status']) {
  const server = schedulingApi({ caller: 'applicant', serverNow: () => PHONE_NOW })
  server.propose({ startsAt: '2026-11-28T09:30:00+08:00', durationMinutes: 60 })
  signInAs('applicant', server)
  testControls.setRequestHandler(async (option) =>
    new URL(option.url).pathname === '/api/v1/cases/case-1'
      ? { statusCode: 200, data: caseDetail(status) }
      : server.handler(option),
  )
  render(<CaseDetailPage />)
  await settle()
  return server
}

describe('where scheduling is shown', () => {
  it('sits on the case detail while the case is being mediated, and takes the answer there', async () => {
    const server = await openCaseDetail('in_mediation')
    const section = screen.getByTestId('schedule-section')
    expect(within(section).getByText('11月28日（周六）上午9:30')).toBeTruthy()
    await click(within(screen.getByTestId('schedule-confirm')).getByRole('button'))
    expect(server.schedules[0].answers.find((a) => a.userId === 'u-app')?.answer).toBe('confirmed')
  })

  it('is absent from the case detail before the committee accepts the case', async () => {
    const server = await openCaseDetail('pending_acceptance')
    expect(screen.getByText('王秀英与某物流有限公司劳动报酬纠纷')).toBeTruthy()
    expect(screen.queryByTestId('schedule-section')).toBeNull()
    expect(server.requests.some((r) => r.path.includes('/schedules'))).toBe(false)
  })
})
