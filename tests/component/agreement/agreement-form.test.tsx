import { render, screen, within } from '@testing-library/react'
import AgreementPage from '@/packages/agreement/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import { setRouterParams, testControls } from '../../support/taro-double'
import { BASE, agreementApi, wageContent } from './agreement-api'
import { click, clickText, field, settle, typeInto } from './agreement-helpers'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('./agreement-helpers').TextareaDouble,
}))

async function openAsMediator(server = agreementApi({ myRole: 'staff' })) {
  startSession(makeTokenPair(1, makeMe({ id: 'u-med', displayName: '李调解' }, ['mediator'])))
  useSettingsStore.setState({ careMode: false, activeRole: 'mediator' })
  testControls.setRequestHandler(server.handler)
  render(<AgreementPage />)
  await settle()
  return server
}

const writes = (server: ReturnType<typeof agreementApi>) =>
  server.requests.filter((r) => r.method === 'POST' || r.method === 'PUT')

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  setRouterParams({ caseId: 'case-1' })
})

describe('agreement drafting (mediator)', () => {
  it('starts from the template as a structured form with 大写 shown for the amount as typed', async () => {
    await openAsMediator()

    expect(screen.getByText('起草调解协议')).toBeTruthy()
    expect((document.querySelector('[name="facts"]') as HTMLTextAreaElement).value).toBe(
      '被申请人拖欠申请人三个月工资。',
    )
    // payer / payee are chosen among the case's parties, not typed
    const payer = field('terms.0.payerPartyId')
    expect(within(payer).getByRole('radio', { name: '某物流有限公司' }).getAttribute('aria-checked')).toBe('true')
    expect(within(field('terms.0.amount')).getByText('大写：人民币壹万贰仟元整')).toBeTruthy()

    typeInto('terms.0.amount', '35000.5')
    expect(within(field('terms.0.amount')).getByText('大写：人民币叁万伍仟元伍角整')).toBeTruthy()
    typeInto('terms.0.amount', '1,000,000')
    expect(within(field('terms.0.amount')).getByText('大写：人民币壹佰万元整')).toBeTruthy()
    typeInto('terms.0.amount', '12.345')
    expect(within(field('terms.0.amount')).queryByText(/大写/)).toBeNull()
  })

  it('says what is missing at each field and sends nothing until the form is right', async () => {
    const server = await openAsMediator()

    typeInto('facts', '  ')
    typeInto('terms.0.amount', '0')
    await clickText('保存草稿')
    expect(within(field('facts')).getByText('请填写纠纷主要事实')).toBeTruthy()
    expect(within(field('terms.0.amount')).getByText('金额应为大于 0 的数字，最多两位小数')).toBeTruthy()
    expect(within(field('terms.0.dueDate')).getByText('请填写付款期限')).toBeTruthy()
    typeInto('terms.0.dueDate', '2026-02-30')
    await clickText('保存草稿')
    expect(within(field('terms.0.dueDate')).getByText('付款期限格式应为 2026-12-31')).toBeTruthy()

    // instalments must add up to the total
    typeInto('facts', '被申请人拖欠工资。')
    typeInto('terms.0.amount', '12000')
    await click(within(field('terms.0.schedule')).getByText('分期付款'))
    typeInto('terms.0.instalments.0.dueDate', '2026-12-31')
    typeInto('terms.0.instalments.0.amount', '6000')
    typeInto('terms.0.instalments.1.dueDate', '2027-01-31')
    typeInto('terms.0.instalments.1.amount', '5000')
    await clickText('保存草稿')
    expect(within(field('terms.0.schedule')).getByText('各期金额合计 11000 元，与总金额不一致')).toBeTruthy()
    expect(writes(server)).toHaveLength(0)
  })

  it('saves the structured terms, then shows the text and the court-confirmation checks with their basis', async () => {
    const server = await openAsMediator()

    typeInto('responsibilities', '被申请人应承担支付责任。')
    typeInto('terms.0.amount', '12000')
    await click(within(field('terms.0.schedule')).getByText('分期付款'))
    typeInto('terms.0.instalments.0.dueDate', '2026-12-31')
    typeInto('terms.0.instalments.0.amount', '6000')
    typeInto('terms.0.instalments.1.dueDate', '2027-01-31')
    typeInto('terms.0.instalments.1.amount', '6,000')
    await clickText('保存草稿')

    const [draft] = writes(server)
    expect(draft).toMatchObject({ method: 'POST', path: `${BASE}/agreement` })
    expect((draft.body as { terms: unknown[] }).terms[0]).toEqual({
      kind: 'payment',
      payerPartyId: 'p-resp',
      payeePartyId: 'p-app',
      description: expect.any(String),
      amount: 12000,
      method: 'bank_transfer',
      instalments: [
        { dueDate: '2026-12-31', amount: 6000 },
        { dueDate: '2027-01-31', amount: 6000 },
      ],
    })
    const text = screen.getByLabelText('协议文本')
    expect(within(text).getByText(/人民币壹万贰仟元整/)).toBeTruthy()
    expect(screen.getByLabelText('司法确认预检')).toBeTruthy()
    expect(screen.getAllByText(/依据：民诉法解释第三百五十/).length).toBeGreaterThan(0)
  })

  it('warns that status matters cannot be e-signed and shows the server’s blocking flag', async () => {
    const server = await openAsMediator()
    typeInto('responsibilities', '双方责任相当。')
    typeInto('terms.0.dueDate', '2026-12-31')
    await click(screen.getByRole('checkbox', { name: '继承' }))
    expect(screen.getByText(/涉及身份关系的协议不能电子签名（《电子签名法》第三条）/)).toBeTruthy()
    await clickText('保存草稿')

    expect((writes(server)[0].body as { statusMatters: string[] }).statusMatters).toEqual(['inheritance'])
    expect(screen.getByText('本协议须线下纸质签署')).toBeTruthy()
    expect(screen.getAllByText('法院将不予确认').length).toBeGreaterThan(0)
  })

  it('edits on top of the newest version, which joins the version list', async () => {
    const server = agreementApi({ myRole: 'staff' })
    server.seed(wageContent())
    await openAsMediator(server)

    await clickText('修改协议')
    expect(screen.getByText('修改协议（基于第 1 版）')).toBeTruthy()
    typeInto('terms.0.amount', '9000')
    await clickText('保存为新版本')
    expect(writes(server)[0]).toMatchObject({ method: 'PUT', body: { baseVersion: 1, terms: [{ amount: 9000 }] } })
    expect(screen.getByText(/第 2 版（最新）/)).toBeTruthy()
    expect(within(screen.getByLabelText('版本记录')).getByText(/第 1 版/)).toBeTruthy()
  })

  it('says so when someone else saved a newer version first', async () => {
    const server = agreementApi({ myRole: 'staff' })
    server.seed(wageContent())
    await openAsMediator(server)
    await clickText('修改协议')
    server.seed(wageContent({ issues: ['支付期限'] }))
    await clickText('保存为新版本')
    expect(screen.getByText('协议刚被他人修改，请刷新后在最新版本上修改')).toBeTruthy()
  })
})
