import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { act } from 'react'
import { click, clickText } from '../agreement/agreement-helpers'
import { schedulingApi } from './scheduling-api'
import { openAs, PHONE_NOW, resetApp, writes } from './scheduling-helpers'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../agreement/agreement-helpers').TextareaDouble,
}))

let phoneNow = PHONE_NOW
beforeEach(() => {
  resetApp()
  phoneNow = PHONE_NOW
  jest.spyOn(Date, 'now').mockImplementation(() => phoneNow)
})
afterEach(() => jest.restoreAllMocks())

const submit = () => click(within(screen.getByTestId('schedule-propose-submit')).getByRole('button'))
const pickerConfirm = () => click(document.querySelector('.nut-picker-confirm-btn') as Element)

describe('scheduling (mediator)', () => {
  it('proposes tomorrow 9:30 China time online through the pickers, and sees each party waiting', async () => {
    const server = schedulingApi({ caller: 'mediator', serverNow: () => phoneNow })
    await openAs('mediator', server)
    expect(screen.getByTestId('schedule-empty').textContent).toBe('尚未安排调解时间。')

    await clickText('安排调解时间')
    expect(screen.getByTestId('schedule-date').textContent).toBe('11月28日（周六）')
    await click(screen.getByRole('button', { name: '选择日期' }))
    await pickerConfirm() // the calendar opens on the chosen day
    await click(screen.getByRole('button', { name: '选择时间' }))
    await pickerConfirm()
    expect(screen.getByTestId('schedule-time').textContent).toBe('上午9:30')
    await clickText('1.5小时')
    await act(async () => {
      fireEvent.change(document.querySelector('textarea[name="note"]') as Element, {
        target: { value: '  请携带劳动合同和工资条 ' },
      })
    })
    await submit()

    expect(writes(server)).toEqual([
      {
        method: 'POST',
        path: '/api/v1/sessions/cases/case-1/schedules',
        body: { startsAt: '2026-11-28T09:30:00+08:00', durationMinutes: 90, note: '请携带劳动合同和工资条' },
      },
    ])
    expect(server.schedules[0].startsAt).toBe('2026-11-28T01:30:00.000Z')
    expect(screen.queryByTestId('schedule-propose-form')).toBeNull()
    const card = screen.getByTestId('schedule-card')
    expect(within(card).getByText('11月28日（周六）上午9:30')).toBeTruthy()
    expect(within(card).getByTestId('schedule-status').textContent).toBe('等待各方确认')
    expect(card.textContent).toContain('地点：线上调解室；预计1小时30分钟')
    expect(card.textContent).toContain('调解员留言：请携带劳动合同和工资条')
    expect(within(card).getByTestId('schedule-answer-u-app').textContent).toBe('王秀英（申请人）：待确认')
    expect(within(card).getByTestId('schedule-answer-u-resp').textContent).toBe('某物流有限公司（被申请人）：待确认')
    // The names come with the answers: no room or member list is asked for.
    expect(new Set(server.requests.map((r) => r.path))).toEqual(new Set(['/api/v1/sessions/cases/case-1/schedules']))
  })

  it('proposes an in-person place on 今天, and sees the answers and the agreed time', async () => {
    const server = schedulingApi({ caller: 'mediator', serverNow: () => phoneNow })
    await openAs('mediator', server)
    await clickText('安排调解时间')
    await clickText('今天')
    expect(screen.getByTestId('schedule-date').textContent).toBe('11月27日（周五）')
    await clickText('线下地点')
    await submit()
    expect(screen.getByText('请填写线下调解的地点')).toBeTruthy()
    expect(writes(server)).toEqual([])

    await act(async () => {
      fireEvent.change(document.querySelector('input[name="place"]') as Element, {
        target: { value: '九杨街道人民调解委员会' },
      })
    })
    await submit()
    expect(writes(server)[0].body).toEqual({
      startsAt: '2026-11-27T09:30:00+08:00',
      durationMinutes: 60,
      place: '九杨街道人民调解委员会',
    })
    expect(server.schedules[0]).toMatchObject({ place: '九杨街道人民调解委员会', note: '' })
    expect(screen.getByTestId('schedule-card').textContent).toContain('地点：九杨街道人民调解委员会；预计1小时')

    server.answerAs('applicant', 'sched-1', 'confirmed')
    server.answerAs('respondent', 'sched-1', 'confirmed')
    cleanup()
    await openAs('mediator', server)
    expect(screen.getByTestId('schedule-agreed').textContent).toContain(
      '调解时间：11月27日（周五）上午9:30，九杨街道人民调解委员会',
    )
    expect(screen.getByTestId('schedule-answer-u-app').textContent).toBe('王秀英（申请人）：已确认')
    expect(screen.getByTestId('schedule-status').textContent).toBe('已确定')
    expect(screen.getByText('再提出一个时间')).toBeTruthy()
  })

  it('refuses a place over 100 characters on the phone, before asking the server', async () => {
    const server = schedulingApi({ caller: 'mediator', serverNow: () => phoneNow })
    await openAs('mediator', server)
    await clickText('安排调解时间')
    await clickText('线下地点')
    await act(async () => {
      fireEvent.change(document.querySelector('input[name="place"]') as Element, {
        target: { value: '调'.repeat(101) },
      })
    })
    await submit()
    expect(screen.getByText('地点不能超过 100 字')).toBeTruthy()
    expect(writes(server)).toEqual([])
  })

  it('refuses a time already past on the phone, without asking the server', async () => {
    phoneNow = Date.parse('2026-11-27T10:00:00+08:00')
    const server = schedulingApi({ caller: 'mediator', serverNow: () => phoneNow })
    await openAs('mediator', server)
    await clickText('安排调解时间')
    await clickText('今天') // 上午9:30 today is half an hour ago
    await submit()

    expect(screen.getByTestId('schedule-time-error').textContent).toBe('调解时间须晚于现在，请重新选择')
    expect(writes(server)).toEqual([])
    expect(screen.getByTestId('schedule-propose-form')).toBeTruthy()
  })

  it("shows the server's refusal in Chinese when its clock says the time has passed", async () => {
    // The phone runs an hour slow: 9:30 today looks ahead to it, the server knows it is 10:00.
    const server = schedulingApi({ caller: 'mediator', serverNow: () => phoneNow + 3600_000 })
    await openAs('mediator', server)
    await clickText('安排调解时间')
    await clickText('今天')
    await submit()

    expect(writes(server)).toHaveLength(1)
    expect(screen.getByTestId('schedule-propose-error').textContent).toBe('调解时间须晚于现在')
    expect(screen.getByTestId('schedule-time-error').textContent).toBe('请选择将来的时间')
    expect(server.schedules).toEqual([])
    expect(screen.queryByTestId('schedule-card')).toBeNull()
  })

  it('shows the refusal when the server says this mediator does not mediate the case', async () => {
    const server = schedulingApi({ caller: 'mediator', serverNow: () => phoneNow })
    await openAs('mediator', server)
    server.signInAs('applicant') // the server now sees a caller who is not the case's mediator
    await clickText('安排调解时间')
    await submit()
    expect(screen.getByTestId('schedule-propose-error').textContent).toBe('只有本案调解员可以安排调解时间')
  })

  it('stays hidden for staff who follow the case but do not mediate it', async () => {
    const server = schedulingApi({ caller: 'clerk', serverNow: () => phoneNow })
    await openAs('clerk', server)
    expect(server.requests.map((r) => r.path)).toEqual(['/api/v1/sessions/cases/case-1/schedules'])
    expect(screen.queryByTestId('schedule-section')).toBeNull()
  })
})
