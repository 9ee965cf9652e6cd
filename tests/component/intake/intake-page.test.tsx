import { fireEvent, render, screen } from '@testing-library/react'
import IntakePage from '@/packages/intake/pages/index/index'
import { useIntakeDraftStore } from '@/features/intake/stores/intake-draft-store'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { click, clickText, currentSlot, lastRobotText, send, settle } from './intake-helpers'
import { realIntakeServer } from './real-intake-api'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('./intake-helpers').TextareaDouble,
}))

const WAGE_STORY = '我在九龙坡区杨家坪街道团结路社区附近的工地干活，老板拖欠我3万工资，一直不给。'
const redirectTo = jest.fn(async (_option: { url: string }) => ({ errMsg: 'redirectTo:ok' }))

function serve() {
  const server = realIntakeServer()
  testControls.setRequestHandler(server.handler)
  return server
}

function bodiesTo(server: ReturnType<typeof serve>, suffix: string) {
  return server.requests.filter((r) => r.path.endsWith(suffix)).map((r) => r.body)
}

async function openWithStory(story = WAGE_STORY) {
  render(<IntakePage />)
  await settle()
  await send('narrative', story)
}

async function pressKeys(keys: string) {
  for (const key of keys) await click(screen.getByRole('button', { name: key }))
}

beforeEach(() => {
  testControls.reset()
  Object.assign(Taro, { redirectTo })
  redirectTo.mockClear()
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: false, activeRole: null })
  useIntakeDraftStore.getState().clear()
  startSession(makeTokenPair(1))
})

describe('intake page', () => {
  it('shows what it understood from the story and asks the first missing fact', async () => {
    const server = serve()
    await openWithStory()

    expect(bodiesTo(server, '/intake/sessions')).toEqual([{ narrative: WAGE_STORY }])
    const understood = screen.getByText(/我听明白了一些情况/).closest('[data-from="robot"]') as HTMLElement
    expect(understood.textContent).toContain('“欠薪”纠纷（把握')
    expect(understood.textContent).toContain('被拖欠金额：30,000元')
    expect(currentSlot()).toBe('respondent')
    expect(lastRobotText()).toContain('拖欠您工资的是谁')
    expect(screen.getByTestId('intake-progress').textContent).toMatch(/已填 2 \/ \d+ 项，必填还差 4 项/)
    expect(useIntakeDraftStore.getState()).toMatchObject({ sessionId: 'session-1', ownerId: 'u-1', unsentText: '' })
  })

  it('asks for the type with chips when it is unsure, and takes the chosen one', async () => {
    const server = serve()
    await openWithStory('我和别人有点矛盾，想找人调解一下。')

    expect(currentSlot()).toBe('dispute_type')
    expect(screen.getByText(/我还不确定这是哪一类纠纷/)).toBeTruthy()
    await clickText('都不是，看看其他类型')
    await clickText('房屋租赁')

    expect(bodiesTo(server, '/type')).toEqual([{ disputeType: 'house_rental' }])
    expect(currentSlot()).not.toBe('dispute_type')
  })

  it('answers a party, skips, picks a chip, types money on the keypad, goes back, and corrects in words', async () => {
    const server = serve()
    await openWithStory()

    // party form
    fireEvent.change(document.querySelector('input[name="party-name"]') as Element, {
      target: { value: '重庆某建筑劳务有限公司' },
    })
    await clickText('公司或单位')
    await clickText('确定')
    expect(bodiesTo(server, '/answers').at(-1)).toEqual({
      value: { name: '重庆某建筑劳务有限公司', kind: 'organisation' },
    })
    expect(currentSlot()).toBe('employment_start')

    // 不知道 on the date, then a chip
    await clickText('不知道')
    expect(bodiesTo(server, '/skip').at(-1)).toEqual({ unknown: true })
    expect(currentSlot()).toBe('still_employed')
    await clickText('已经不干了')
    expect(bodiesTo(server, '/answers').at(-1)).toEqual({ value: 'no' })

    // the follow-up date, remembered only to the month, through the date picker
    expect(currentSlot()).toBe('employment_end')
    await clickText('只记得月份')
    await click(screen.getByRole('button', { name: '选择日期' }))
    await click(document.querySelector('.nut-picker-confirm-btn') as Element) // the picker opens on this month
    await clickText('确定')
    const now = new Date()
    const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
    expect(bodiesTo(server, '/answers').at(-1)).toEqual({ value: thisMonth })
    expect(
      screen.getByText(`${now.getFullYear()}年${now.getMonth() + 1}月`, { selector: '[data-from="resident"] *' }),
    ).toBeTruthy()

    // money on the keypad, with 大写 while typing
    while (currentSlot() !== 'monthly_wage') await clickText('跳过')
    await pressKeys('4500')
    expect(screen.getByTestId('money-display').textContent).toContain('人民币肆仟伍佰元整')
    await clickText('确定')
    expect(bodiesTo(server, '/answers').at(-1)).toEqual({ value: 4500 })
    const afterWage = currentSlot()

    // back: the earlier answer is offered again
    await clickText('返回上一步')
    expect(currentSlot()).toBe('monthly_wage')
    expect(lastRobotText()).toContain('上次的回答：4,500元')
    expect(screen.getByTestId('money-display').textContent).toContain('4500 元')
    await click(screen.getByRole('button', { name: '清空' }))
    await pressKeys('5000')
    await clickText('确定')
    expect(currentSlot()).toBe(afterWage)

    // a correction in free text goes to the corrections endpoint and changes the fact
    await send('answer', '不对，是5500')
    expect(bodiesTo(server, '/corrections').at(-1)).toEqual({ text: '不对，是5500' })
    expect(screen.getByText('好的，已经改过来了。')).toBeTruthy()
    expect(server.sessions.get('session-1')!.state.slots.monthly_wage.value).toBe(5500)
    expect(currentSlot()).toBe(afterWage)
    expect((document.querySelector('[name="answer"]') as HTMLTextAreaElement).value).toBe('')
  })

  it('says in a red bubble what was wrong when the server refuses an answer', async () => {
    serve()
    await openWithStory()
    await clickText('返回上一步')

    const alert = screen.getAllByRole('alert').at(-1) as HTMLElement
    expect(alert.textContent).toBe('已经是第一个问题了')
    expect(currentSlot()).toBe('respondent')
  })
})
