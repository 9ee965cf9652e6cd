import { cleanup, render, screen, within } from '@testing-library/react'
import AgreementPage from '@/packages/agreement/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { BASE, agreementApi, wageContent } from './agreement-api'
import { click, clickText, settle, typeInto } from './agreement-helpers'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('./agreement-helpers').TextareaDouble,
}))

async function openAsApplicant(server: ReturnType<typeof agreementApi>) {
  startSession(makeTokenPair(1, makeMe({ id: 'u-app', displayName: '王秀英' }, ['resident'])))
  useSettingsStore.setState({ careMode: false, activeRole: 'resident' })
  testControls.setRequestHandler(server.handler)
  render(<AgreementPage />)
  await settle()
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  setRouterParams({ caseId: 'case-1' })
})

describe('agreement review (parties)', () => {
  it('tells a party when nothing has been drafted yet', async () => {
    await openAsApplicant(agreementApi({ myRole: 'applicant' }))
    expect(screen.getByText('调解协议尚未起草')).toBeTruthy()
    expect(screen.queryByText('保存草稿')).toBeNull()
  })

  it('shows the current text and a readable diff between versions', async () => {
    const server = agreementApi({ myRole: 'applicant' })
    server.seed(wageContent())
    const base = wageContent()
    server.seed({ ...base, terms: [{ ...base.terms[0], amount: 9000 }] })
    await openAsApplicant(server)

    const text = screen.getByLabelText('协议文本')
    expect(within(text).getByText(/第 2 版（最新）/)).toBeTruthy()
    expect(within(text).getByText(/人民币玖仟元整/)).toBeTruthy()
    await clickText('与上一版比较')

    const diff = screen.getByLabelText('第 1 版与第 2 版的差异')
    expect(within(diff).getByText('第 1 版 → 第 2 版：修改 1 条')).toBeTruthy()
    const removed = Array.from(diff.querySelectorAll('[data-op="removed"]'))
      .map((n) => n.textContent)
      .join('')
    const added = Array.from(diff.querySelectorAll('[data-op="added"]'))
      .map((n) => n.textContent)
      .join('')
    expect(removed).toContain('壹万贰')
    expect(added).toContain('玖')

    await clickText('查看')
    expect(within(screen.getByLabelText('协议文本')).getByText(/第 1 版（已被新版本取代）/)).toBeTruthy()
    expect(screen.queryByText('确认协议文本')).toBeNull()
  })

  it('comments on a clause with proposed wording', async () => {
    const server = agreementApi({ myRole: 'applicant' })
    server.seed(wageContent())
    await openAsApplicant(server)

    await click(screen.getByRole('button', { name: '对第一条提意见' }))
    await clickText('提交意见')
    expect(screen.getByText('请填写意见')).toBeTruthy()
    typeInto('comment', '希望分两期付清')
    typeInto('proposedText', '被申请人于2026年12月31日前支付6000元，2027年1月31日前支付6000元。')
    await clickText('提交意见')

    const sent = server.requests.find((r) => r.method === 'POST' && r.path === `${BASE}/agreement/comments`)
    expect(sent?.body).toEqual({
      clauseKey: 'term-1',
      text: '希望分两期付清',
      proposedText: '被申请人于2026年12月31日前支付6000元，2027年1月31日前支付6000元。',
    })
    const clause = document.querySelector('[data-clause="term-1"]') as HTMLElement
    expect(within(clause).getByText('希望分两期付清')).toBeTruthy()
    expect(within(clause).getByText(/建议改为：被申请人于2026年12月31日前/)).toBeTruthy()
  })

  it('confirms the exact version and hash shown, then waits for the other party, then opens signing', async () => {
    const server = agreementApi({ myRole: 'applicant' })
    const shown = server.seed(wageContent())
    await openAsApplicant(server)

    // NutUI marks a disabled button with a class and swallows its clicks
    const confirm = () => screen.getByText('确认协议文本').closest('button') as HTMLButtonElement
    expect(confirm().className).toContain('nut-button-disabled')
    await click(confirm())
    expect(server.requests.some((r) => r.path === `${BASE}/agreement/confirm`)).toBe(false)
    await click(screen.getByRole('checkbox', { name: /我已阅读第 1 版全文/ }))
    expect(confirm().className).not.toContain('nut-button-disabled')
    await click(confirm())

    const sent = server.requests.find((r) => r.path === `${BASE}/agreement/confirm`)
    expect(sent?.body).toEqual({ version: 1, documentSha256: shown.sha256 })
    expect(screen.getByText('申请人 王秀英：已确认')).toBeTruthy()
    expect(screen.getByText('被申请人 某物流有限公司：未确认')).toBeTruthy()
    expect(screen.getByText('您已确认，等待其他当事人确认。')).toBeTruthy()
    expect(screen.queryByText('去签署')).toBeNull()

    server.confirmAs('p-resp')
    cleanup()
    await openAsApplicant(server)
    await clickText('去签署')
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/sign/pages/index/index?caseId=case-1&documentRowId=row-1',
    })
  })

  it('reports a confirmation refused because the text changed meanwhile', async () => {
    const server = agreementApi({ myRole: 'applicant' })
    server.seed(wageContent())
    await openAsApplicant(server)
    server.seed(wageContent({ issues: ['支付期限'] }))

    await click(screen.getByRole('checkbox', { name: /我已阅读第 1 版全文/ }))
    await clickText('确认协议文本')
    expect(screen.getByText('协议已更新到第 2 版，请阅读最新版本后再确认')).toBeTruthy()
  })
})
