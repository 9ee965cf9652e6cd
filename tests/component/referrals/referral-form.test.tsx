import { act, fireEvent, render, screen, within } from '@testing-library/react'
import ReferPage from '@/packages/police/pages/refer/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { fakeServer, reply } from '../../support/fake-server'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { CATALOGUE, REGIONS, SUGGESTIONS, referralCreated } from './referral-fixtures'
import { flush } from '../../support/ui-actions'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../../support/ui-actions').TextareaDouble,
}))

const settle = () => flush(3)

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

const type = (name: string, value: string) =>
  fireEvent.change(document.querySelector(`[name="${name}"]`) as Element, { target: { value } })

const fieldOf = (name: string) => document.querySelector(`[data-field="${name}"]`) as HTMLElement

function routes(extra: Parameters<typeof fakeServer>[0] = {}) {
  return fakeServer({
    'GET /api/v1/intake/catalogue': () => reply(200, CATALOGUE),
    'GET /api/v1/regions': () => reply(200, REGIONS),
    'GET /api/v1/referrals/committees': () => reply(200, SUGGESTIONS),
    ...extra,
  })
}

async function fillValidForm() {
  type('incidentNumber', 'j500107 2026 1126 0001')
  await click(screen.getByRole('radio', { name: '欠薪' }))
  await click(screen.getByRole('radio', { name: '杨家坪街道' }))
  await click(screen.getByRole('radio', { name: '团结路社区' }))
  type('facts', '工地包工头拖欠李四工资8000元，双方在工地发生争执，民警到场劝开。')
  type('applicant.name', '李四')
  type('applicant.phone', '138 0000 0001')
  type('respondent.name', '王五')
  type('respondent.phone', '+86 138-0000-0002')
  await settle()
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  startSession(makeTokenPair(1, makeMe({ displayName: '赵警官' }, ['police'])))
})

describe('police referral form', () => {
  it('names every missing or wrong field at once and sends nothing', async () => {
    const server = routes()
    testControls.setRequestHandler(server.handler)
    render(<ReferPage />)
    await settle()

    type('incidentNumber', '12-ab')
    type('applicant.phone', '1380000')
    type('respondent.phone', '1380000')
    await click(screen.getByText('提交转介'))

    expect(within(fieldOf('incidentNumber')).getByText(/至少包含6位数字/)).toBeTruthy()
    expect(within(fieldOf('disputeType')).getByText('请选择纠纷类型')).toBeTruthy()
    expect(within(fieldOf('regionCode')).getByText('请选择纠纷发生地')).toBeTruthy()
    expect(within(fieldOf('facts')).getByText('请简要填写纠纷经过')).toBeTruthy()
    expect(within(fieldOf('applicant.name')).getByText('请填写申请人姓名或单位名称')).toBeTruthy()
    expect(within(fieldOf('respondent.name')).getByText('请填写被申请人姓名或单位名称')).toBeTruthy()
    expect(within(fieldOf('applicant.phone')).getByText('请输入正确的11位手机号')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('请按提示修改后再提交')
    expect(server.requests.filter((request) => request.method === 'POST')).toHaveLength(0)

    // Fixing one field clears its message only.
    type('incidentNumber', 'J500107202611260001')
    await settle()
    expect(within(fieldOf('incidentNumber')).queryByText(/警情号应为/)).toBeNull()
    expect(within(fieldOf('facts')).getByText('请简要填写纠纷经过')).toBeTruthy()
  })

  it('refuses the same phone for both parties', async () => {
    testControls.setRequestHandler(routes().handler)
    render(<ReferPage />)
    await settle()
    await fillValidForm()
    type('respondent.phone', '13800000001')
    await click(screen.getByText('提交转介'))
    expect(within(fieldOf('respondent.phone')).getByText('双方当事人的手机号相同，请核对')).toBeTruthy()
  })

  it('suggests the committee, sends a normalised body and shows a QR code and link per party', async () => {
    const server = routes({
      'POST /api/v1/referrals': () => reply(201, referralCreated(SUGGESTIONS.alternatives[0])),
    })
    testControls.setRequestHandler(server.handler)
    render(<ReferPage />)
    await settle()
    await fillValidForm()

    const suggestion = server.requests.find((request) => request.path === '/api/v1/referrals/committees')
    expect(suggestion).toBeTruthy()
    const recommended = screen.getByRole('radio', { name: /九龙坡区劳动争议人民调解委员会/ })
    expect(recommended.getAttribute('aria-checked')).toBe('true')
    expect(within(recommended).getByText('推荐')).toBeTruthy()
    expect(screen.getByText(SUGGESTIONS.recommended.reason)).toBeTruthy()
    await click(screen.getByRole('radio', { name: SUGGESTIONS.alternatives[0].name }))
    expect(screen.getByText(SUGGESTIONS.alternatives[0].reason)).toBeTruthy()

    await click(screen.getByText('提交转介'))
    const posted = server.requests.find((request) => request.method === 'POST')
    expect(posted?.body).toEqual({
      incidentNumber: 'j500107 2026 1126 0001',
      disputeType: 'wage_arrears',
      facts: '工地包工头拖欠李四工资8000元，双方在工地发生争执，民警到场劝开。',
      regionCode: '500107001001',
      committeeId: 'committee-community',
      applicant: { name: '李四', phone: '13800000001' },
      respondent: { name: '王五', phone: '13800000002' },
    })

    expect(screen.getByText('转介成功')).toBeTruthy()
    expect(screen.getByText('案件编号：TJ-2026-000007')).toBeTruthy()
    const applicant = document.querySelector('.tj-ref-link[data-party="applicant"]') as HTMLElement
    const respondent = document.querySelector('.tj-ref-link[data-party="respondent"]') as HTMLElement
    expect(within(applicant).getByText(/HWSAUZ53lP-3jrz-YICKP3n6sLGO5-1SyMtLAKem3HY$/)).toBeTruthy()
    expect(within(respondent).getByText(/wcWgcnh--gN4NvlmnxwEH3uziQUpYZoKKYFm2yivugc$/)).toBeTruthy()
    const qrOf = (card: HTMLElement) => (card.querySelector('img') as HTMLImageElement).getAttribute('src') ?? ''
    expect(qrOf(applicant)).toMatch(/^data:image\/svg\+xml/)
    expect(qrOf(applicant)).not.toEqual(qrOf(respondent))

    const setClipboardData = jest.fn()
    Object.assign(Taro, { setClipboardData })
    await click(within(applicant).getByText('复制申请人链接'))
    expect(setClipboardData.mock.calls[0][0].data).toMatch(
      /^http:\/\/localhost\/#\/packages\/invitation\/pages\/claim\/index\?token=HWSAUZ53/,
    )

    await click(screen.getByText('继续转介'))
    expect((document.querySelector('[name="incidentNumber"]') as HTMLInputElement).value).toBe('')
  })

  it("puts the server's field error beside the field it names", async () => {
    testControls.setRequestHandler(
      routes({
        'POST /api/v1/referrals': () =>
          reply(400, {
            code: 'INCIDENT_NUMBER_INVALID',
            message: '警情号格式不正确：应为6至40位字母、数字或短横线，且至少包含6位数字',
            details: [{ field: 'incidentNumber', message: '警情号格式不正确' }],
          }),
      }).handler,
    )
    render(<ReferPage />)
    await settle()
    await fillValidForm()
    await click(screen.getByText('提交转介'))
    expect(within(fieldOf('incidentNumber')).getByText('警情号格式不正确')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('警情号格式不正确：应为6至40位')
    expect(screen.queryByText('转介成功')).toBeNull()
  })
})
