import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { askToSubscribe as askToSubscribeFn } from '@/lib/subscribe-messages'
import { click, clickText } from '../agreement/agreement-helpers'
import { schedulingApi } from './scheduling-api'
import { openAs, PHONE_NOW, resetApp, writes } from './scheduling-helpers'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../agreement/agreement-helpers').TextareaDouble,
}))
// A spy that still runs the real function (a no-op in H5), so the test sees when the page asks.
jest.mock('@/lib/subscribe-messages', () => {
  const actual = jest.requireActual('@/lib/subscribe-messages')
  return { ...actual, askToSubscribe: jest.fn(actual.askToSubscribe) }
})
const realAskToSubscribe = jest.requireActual('@/lib/subscribe-messages').askToSubscribe
const askToSubscribe = jest.mocked(askToSubscribeFn)

let phoneNow = PHONE_NOW
beforeEach(() => {
  resetApp()
  phoneNow = PHONE_NOW
  jest.spyOn(Date, 'now').mockImplementation(() => phoneNow)
  askToSubscribe.mockReset()
  askToSubscribe.mockImplementation(realAskToSubscribe)
})
afterEach(() => jest.restoreAllMocks())

/** A case whose mediator proposed Saturday 2026-11-28 09:30 (China time) online, for one hour. */
function withProposal(serverNow = () => phoneNow) {
  const server = schedulingApi({ caller: 'applicant', serverNow })
  server.propose({ startsAt: '2026-11-28T09:30:00+08:00', durationMinutes: 60, note: '请携带劳动合同' })
  return server
}
const button = (testId: string) => within(screen.getByTestId(testId)).getByRole('button')

describe('scheduling (parties)', () => {
  it('asks WeChat for the reminder first, then confirms, and sees who else still has to answer', async () => {
    const server = withProposal()
    const answersSentAtPrompt: number[] = []
    askToSubscribe.mockImplementation(() => void answersSentAtPrompt.push(writes(server).length))
    await openAs('applicant', server)

    const card = screen.getByTestId('schedule-card')
    expect(within(card).getByText('11月28日（周六）上午9:30')).toBeTruthy()
    expect(card.textContent).toContain('调解员留言：请携带劳动合同')
    expect(within(card).getByTestId('schedule-answer-u-app').textContent).toBe('我：待确认')
    await click(button('schedule-confirm'))

    expect(askToSubscribe).toHaveBeenCalledTimes(1)
    expect(askToSubscribe).toHaveBeenCalledWith(['session_reminder'])
    expect(answersSentAtPrompt).toEqual([0]) // asked inside the tap, before the answer went out
    expect(writes(server)).toEqual([
      { method: 'POST', path: '/api/v1/sessions/schedules/sched-1/answer', body: { answer: 'confirmed' } },
    ])
    expect(screen.getByTestId('schedule-answer-u-app').textContent).toBe('我：已确认')
    expect(screen.getByTestId('schedule-answer-u-resp').textContent).toBe('某物流有限公司（被申请人）：待确认')
    expect(screen.getByTestId('schedule-status').textContent).toBe('等待各方确认')
    expect(screen.queryByTestId('schedule-confirm')).toBeNull()
    expect(screen.queryByTestId('schedule-agreed')).toBeNull()
  })

  it('shows the agreed time prominently once the last party confirms', async () => {
    const server = withProposal()
    server.answerAs('applicant', 'sched-1', 'confirmed')
    server.signInAs('respondent')
    await openAs('respondent', server)
    await click(button('schedule-confirm'))

    const agreed = screen.getByTestId('schedule-agreed')
    expect(agreed.textContent).toContain('调解时间：11月28日（周六）上午9:30，线上调解室')
    expect(agreed.textContent).toContain('北京时间，预计1小时。开始前24小时和1小时会提醒您，请按时参加。')
    expect(screen.getByTestId('schedule-status').textContent).toBe('已确定')
  })

  it('sees the in-person place, and the place of a schedule made before the place field', async () => {
    const server = schedulingApi({ caller: 'applicant', serverNow: () => phoneNow })
    server.propose({ startsAt: '2026-11-28T09:30:00+08:00', durationMinutes: 60, place: '九杨街道人民调解委员会' })
    server.propose({ startsAt: '2026-11-29T09:30:00+08:00', durationMinutes: 60, note: '地点：区司法局三楼\n请带合同' })
    server.answerAs('applicant', 'sched-1', 'confirmed')
    server.answerAs('respondent', 'sched-1', 'confirmed')
    await openAs('applicant', server)

    expect(screen.getByTestId('schedule-agreed').textContent).toContain(
      '调解时间：11月28日（周六）上午9:30，九杨街道人民调解委员会',
    )
    const [, legacy] = screen.getAllByTestId('schedule-card')
    expect(legacy.textContent).toContain('地点：区司法局三楼；预计1小时')
    expect(legacy.textContent).toContain('调解员留言：请带合同')
    expect(legacy.textContent).not.toContain('调解员留言：地点')
  })

  it('shows the agreed time in the large type of care mode', async () => {
    const server = withProposal()
    server.answerAs('applicant', 'sched-1', 'confirmed')
    server.answerAs('respondent', 'sched-1', 'confirmed')
    await openAs('applicant', server, true)

    const line = screen.getByText(/^调解时间：/)
    expect(line.className).toBe('tj-sched-agreed__line') // sized by --tj-font-xl, which care mode enlarges
    expect(line.closest('[data-care-mode]')?.getAttribute('data-care-mode')).toBe('on')
    expect(screen.queryByTestId('schedule-confirm')).toBeNull()
  })

  it('declines with a reason, without a reminder prompt, and the mediator sees why', async () => {
    const server = withProposal()
    await openAs('applicant', server)
    await click(button('schedule-decline'))
    await act(async () => {
      fireEvent.change(screen.getByTestId('schedule-decline-reason').querySelector('textarea') as Element, {
        target: { value: ' 周六要上班，希望改到周日 ' },
      })
    })
    await click(button('schedule-decline-submit'))

    expect(askToSubscribe).not.toHaveBeenCalled()
    expect(writes(server).map((w) => w.body)).toEqual([{ answer: 'declined', comment: '周六要上班，希望改到周日' }])
    expect(screen.getByTestId('schedule-status').textContent).toBe('有当事人无法参加')
    expect(screen.getByTestId('schedule-answer-u-app').textContent).toBe('我：无法参加（周六要上班，希望改到周日）')
    expect(screen.queryByTestId('schedule-confirm')).toBeNull()

    cleanup()
    await openAs('mediator', server)
    expect(screen.getByTestId('schedule-answer-u-app').textContent).toBe(
      '王秀英（申请人）：无法参加（周六要上班，希望改到周日）',
    )
    expect(screen.getByText('再提出一个时间')).toBeTruthy()
  })

  it('declines without a reason, and can step back from declining', async () => {
    const server = withProposal()
    await openAs('respondent', server)
    await click(button('schedule-decline'))
    await clickText('返回')
    expect(screen.getByTestId('schedule-confirm')).toBeTruthy()
    await click(button('schedule-decline'))
    await click(button('schedule-decline-submit'))
    expect(writes(server).map((w) => w.body)).toEqual([{ answer: 'declined' }])
  })

  it("shows the server's refusal in Chinese when the time passed meanwhile, and keeps the buttons", async () => {
    const server = withProposal(() => Date.parse('2026-11-28T10:00:00+08:00'))
    await openAs('applicant', server)
    await click(button('schedule-confirm'))

    expect(screen.getByTestId('schedule-answer-error').textContent).toBe('该调解时间已过')
    expect(screen.getByTestId('schedule-answer-u-app').textContent).toBe('我：待确认')
    expect(screen.getByTestId('schedule-confirm')).toBeTruthy()
  })

  it('tells a party when nothing is arranged yet, with nothing to propose', async () => {
    const server = schedulingApi({ caller: 'applicant', serverNow: () => phoneNow })
    await openAs('applicant', server)
    expect(screen.getByTestId('schedule-empty').textContent).toBe('调解员尚未安排调解时间，安排后会通知您确认。')
    expect(screen.queryByTestId('schedule-propose-open')).toBeNull()
  })
})
