import { cleanup, render, screen, within } from '@testing-library/react'
import JudicialApplyPage from '@/packages/judicial/pages/apply/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import { setRouterParams, testControls } from '../../support/taro-double'
import { click, settle, typeInto } from '../agreement/agreement-helpers'
import { addDays, chinaDate } from '../../../server/src/domain/judicial/china-dates'
import { judicialApi } from './judicial-api'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../agreement/agreement-helpers').TextareaDouble,
}))

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement
// NutUI marks a disabled button with a class and swallows its clicks.
const isDisabled = (id: string) => byTestId(id).className.includes('nut-button-disabled')

async function open(server: ReturnType<typeof judicialApi>, user = 'u-app') {
  startSession(makeTokenPair(1, makeMe({ id: user }, ['resident'])))
  useSettingsStore.setState({ careMode: false, activeRole: 'resident' })
  testControls.setRequestHandler(server.handler)
  render(<JudicialApplyPage />)
  await settle()
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  setRouterParams({ caseId: 'case-1' })
})
afterEach(cleanup)

describe('judicial confirmation: readiness (parties)', () => {
  it('lists every check with its article and explanation, and counts down the 30 days', async () => {
    await open(judicialApi({ me: 'p-app', effectiveDaysAgo: 10 }))

    const window = byTestId('judicial-check-WITHIN_30_DAYS')
    expect(window.dataset.status).toBe('pass')
    expect(within(window).getByText('依据：民事诉讼法第二百零五条')).toBeTruthy()
    expect(within(window).getByText(/还有 20 天/)).toBeTruthy()
    const excluded = byTestId('judicial-check-NOT_EXCLUDED')
    expect(within(excluded).getByText('依据：民诉法解释第三百五十五条')).toBeTruthy()
    // The message and the explanation name the same Interp 355 items the agreement checks flag.
    for (const item of ['（第一项）', '（第三项）', '（第四项）', '（第五项）']) {
      expect(within(excluded).getAllByText(new RegExp(item))).toHaveLength(2)
    }
    expect(within(byTestId('judicial-check-COURT_COMPETENT')).getByText(/可向重庆市九龙坡区人民法院/)).toBeTruthy()
    expect(byTestId('judicial-check-BOTH_PARTIES_CONSENT').dataset.status).toBe('pending')
    expect(within(byTestId('judicial-check-BOTH_PARTIES_CONSENT')).getByText(/每一方都要在线阅读并确认/)).toBeTruthy()
    expect(byTestId('judicial-countdown').dataset.daysLeft).toBe('20')
    expect(screen.getByText('距申请期限届满还有 20 天')).toBeTruthy()
    expect(byTestId('judicial-legal-notice').textContent).toContain('不构成对具体案件的法律意见')
    expect(isDisabled('judicial-start')).toBe(false)
    expect(byTestId('judicial-blocked')).toBeNull()
  })

  it('blocks the application once the 30 days have passed, and says why', async () => {
    await open(judicialApi({ me: 'p-app', effectiveDaysAgo: 31 }))

    expect(byTestId('judicial-check-WITHIN_30_DAYS').dataset.status).toBe('fail')
    expect(isDisabled('judicial-start')).toBe(true)
    const blocked = byTestId('judicial-blocked')
    expect(blocked.textContent).toContain('暂不能申请司法确认')
    expect(blocked.textContent).toContain('已超过三十日申请期限')
    expect(blocked.textContent).toContain('民事诉讼法第二百零五条')
    expect(screen.getByText(/不能再申请司法确认；调解协议仍然有效/)).toBeTruthy()
  })

  it('blocks an agreement the court would not accept (CPL-Interp 355)', async () => {
    await open(
      judicialApi({
        me: 'p-app',
        effectiveDaysAgo: 2,
        flags: [
          {
            code: 'OWNERSHIP_DETERMINATION',
            severity: 'blocking',
            clauseKey: 'term-1',
            basis: '民诉法解释第三百五十五条第一款第五项',
            message: '协议确认房屋所有权归属，法院不予受理司法确认',
          },
        ],
      }),
    )
    expect(byTestId('judicial-check-NOT_EXCLUDED').dataset.status).toBe('fail')
    expect(isDisabled('judicial-start')).toBe(true)
    expect(byTestId('judicial-blocked').textContent).toContain('协议确认房屋所有权归属，法院不予受理司法确认')
  })

  it('before the agreement takes effect: no countdown, and no application', async () => {
    await open(judicialApi({ me: 'p-app', effectiveDaysAgo: null }))
    expect(byTestId('judicial-countdown').dataset.daysLeft).toBeUndefined()
    expect(isDisabled('judicial-start')).toBe(true)
    expect(byTestId('judicial-blocked').textContent).toContain('调解协议尚未生效')
  })
})

describe('judicial confirmation: the joint application', () => {
  it('checks the form in Chinese, then prepares the application for the chosen court', async () => {
    const server = judicialApi({ me: 'p-app', effectiveDaysAgo: 5 })
    await open(server)
    await click(byTestId('judicial-start'))

    expect(
      within(byTestId('judicial-court-court-yz')).getByText(/管辖依据：当事人住所地（民事诉讼法第二百零五条）/),
    ).toBeTruthy()
    await click(byTestId('judicial-create'))
    expect(screen.getByText('请选择受理申请的法院')).toBeTruthy()
    expect(screen.getByText('请填写王秀英的住所')).toBeTruthy()
    expect(screen.getByText('请选择某物流有限公司的身份证明材料')).toBeTruthy()
    expect(server.posts('/application')).toHaveLength(0)

    await click(byTestId('judicial-court-court-jlp'))
    typeInto('parties.0.address', '重庆市九龙坡区杨家坪正街1号')
    typeInto('parties.1.address', '重庆市渝中区解放碑路2号')
    await click(byTestId('parties.0.idProofFileIds-file-f-id-1'))
    await click(byTestId('parties.1.idProofFileIds-file-f-lic-1'))
    await click(byTestId('judicial-create'))

    expect(server.posts('/application')[0].body).toEqual({
      courtId: 'court-jlp',
      parties: [
        { partyId: 'p-app', address: '重庆市九龙坡区杨家坪正街1号', idProofFileIds: ['f-id-1'] },
        { partyId: 'p-resp', address: '重庆市渝中区解放碑路2号', idProofFileIds: ['f-lic-1'] },
      ],
    })
    const summary = screen.getByLabelText('司法确认申请书')
    expect(within(summary).getByText('受理法院：重庆市九龙坡区人民法院')).toBeTruthy()
    expect(within(summary).getByText(/管辖依据：调解组织所在地、标的物所在地/)).toBeTruthy()
    expect(within(summary).getByText(/王秀英身份证明/)).toBeTruthy()
    expect(byTestId('judicial-open-application')).toBeTruthy()
    // The application's own words are readable before opening the PDF.
    const text = within(byTestId('judicial-application-text'))
    expect(text.getByText('住所：重庆市渝中区解放碑路2号')).toBeTruthy()
    expect(text.getByText(/^请求确认申请人于.+《人民调解协议书》有效。$/)).toBeTruthy()
    expect(text.getByText('王秀英在某物流有限公司工作期间被拖欠三个月劳动报酬。')).toBeTruthy()
    expect(text.getByText('此致 重庆市九龙坡区人民法院')).toBeTruthy()
    // The parties open the sealed agreement from the agreement page, not here.
    expect(byTestId('judicial-open-agreement')).toBeNull()
  })

  it('shows the consent already given when the page opens', async () => {
    const server = judicialApi({ me: 'p-resp', effectiveDaysAgo: 5 })
    const seeded = server.seed('awaiting_parties')
    seeded.parties[0].confirmedAt = '2026-11-20T02:00:00.000Z'
    await open(server, 'u-resp')

    const consent = byTestId('judicial-check-BOTH_PARTIES_CONSENT')
    expect(consent.dataset.status).toBe('pending')
    expect(consent.textContent).toContain('等待某物流有限公司确认申请书')
    expect(consent.textContent).not.toContain('王秀英')
  })

  it('shows each party’s confirmation; the first to confirm waits for the other', async () => {
    const server = judicialApi({ me: 'p-app', effectiveDaysAgo: 5 })
    server.seed('awaiting_parties')
    await open(server)

    expect(byTestId('judicial-party-p-app').dataset.confirmed).toBe('false')
    expect(byTestId('judicial-party-p-app').textContent).toContain('（您）')
    expect(isDisabled('judicial-confirm')).toBe(true)
    await click(byTestId('judicial-confirm-read'))
    await click(byTestId('judicial-confirm'))

    expect(server.posts('/application/confirm')).toHaveLength(1)
    expect(byTestId('judicial-party-p-app').dataset.confirmed).toBe('true')
    expect(byTestId('judicial-party-p-resp').dataset.confirmed).toBe('false')
    expect(screen.getByText(/您已确认，等待其他当事人确认/)).toBeTruthy()
    expect(byTestId('judicial-confirm')).toBeNull()
    expect(byTestId('judicial-check-BOTH_PARTIES_CONSENT').textContent).toContain('等待某物流有限公司确认申请书')
    expect(byTestId('judicial-step-submitted').dataset.state).toBe('current')
  })

  it('the last party’s confirmation submits the application to the court', async () => {
    const server = judicialApi({ me: 'p-resp', effectiveDaysAgo: 5 })
    const seeded = server.seed('awaiting_parties')
    seeded.parties[0].confirmedAt = '2026-11-20T02:00:00.000Z'
    await open(server, 'u-resp')

    expect(byTestId('judicial-party-p-app').textContent).toContain('已确认（2026-11-20 10:00）')
    await click(byTestId('judicial-confirm-read'))
    await click(byTestId('judicial-confirm'))

    expect(byTestId('judicial-step-submitted').dataset.state).toBe('done')
    expect(byTestId('judicial-step-filed').dataset.state).toBe('current')
    expect(byTestId('judicial-check-BOTH_PARTIES_CONSENT').dataset.status).toBe('pass')
    expect(screen.getByText('申请已在期限内提交法院。')).toBeTruthy()
  })

  it('shows the server’s Chinese message when the window closed before the last confirmation', async () => {
    const server = judicialApi({ me: 'p-resp', effectiveDaysAgo: 31 })
    const seeded = server.seed('awaiting_parties')
    seeded.parties[0].confirmedAt = '2026-11-20T02:00:00.000Z'
    await open(server, 'u-resp')

    await click(byTestId('judicial-confirm-read'))
    await click(byTestId('judicial-confirm'))
    expect(screen.getByRole('alert').textContent).toBe('已超过协议生效之日起三十日的申请期限')
    expect(byTestId('judicial-party-p-resp').dataset.confirmed).toBe('false')
  })
})

describe('judicial confirmation: after submission', () => {
  it('supplies the materials the court asked for', async () => {
    const server = judicialApi({ me: 'p-resp', effectiveDaysAgo: 5 })
    server.seed('materials_requested')
    await open(server, 'u-resp')

    expect(byTestId('judicial-step-filed').textContent).toContain('案号 （2026）渝0107民特123号')
    expect(byTestId('judicial-step-materials').dataset.state).toBe('current')
    const request = byTestId('judicial-material-mr-1')
    expect(within(request).getByText(/请补充被申请人营业执照副本/)).toBeTruthy()
    const due = addDays(chinaDate(new Date()), 5)
    expect(byTestId('judicial-material-due-mr-1').textContent).toBe(`请于${due}前补充（还剩 5 天）`)
    await click(byTestId('judicial-supply-mr-1'))
    expect(within(request).getByText('请选择或上传要补充的材料')).toBeTruthy()
    expect(server.posts('/supply')).toHaveLength(0)

    await click(byTestId('materials.mr-1-file-f-lic-1'))
    await click(byTestId('judicial-supply-mr-1'))
    expect(server.posts('/supply')[0].body).toEqual({ fileIds: ['f-lic-1'] })
    expect(byTestId('judicial-material-mr-1')).toBeNull()
    expect(byTestId('judicial-step-materials').textContent).toContain('已补充')
    expect(byTestId('judicial-step-decision').dataset.state).toBe('current')
  })

  it('a rejection shows the reasons, the routes left open and the ruling', async () => {
    const server = judicialApi({ me: 'p-app', effectiveDaysAgo: 5 })
    server.seed('rejected', {
      decisionReasons: '协议第二条履行期限约定不明确',
      rulingFileId: 'f-ruling',
      decidedAt: '2026-11-25T02:00:00.000Z',
      nextRoutes: ['可以向人民法院提起诉讼（人民调解法第三十三条；民事诉讼法第二百零六条）'],
    })
    await open(server)

    const outcome = byTestId('judicial-outcome')
    expect(outcome.dataset.outcome).toBe('rejected')
    expect(within(outcome).getByText('驳回理由：协议第二条履行期限约定不明确')).toBeTruthy()
    expect(within(outcome).getByText(/可以向人民法院提起诉讼/)).toBeTruthy()
    expect(byTestId('judicial-open-ruling')).toBeTruthy()
    expect(byTestId('judicial-step-decision').dataset.state).toBe('failed')
  })

  it('a ruling that the agreement is valid explains enforcement', async () => {
    const server = judicialApi({ me: 'p-app', effectiveDaysAgo: 5 })
    server.seed('confirmed', { rulingFileId: 'f-ruling', decidedAt: '2026-11-25T02:00:00.000Z' })
    await open(server)
    expect(byTestId('judicial-outcome').dataset.outcome).toBe('confirmed')
    expect(screen.getByText(/可以向作出裁定的人民法院申请强制执行（民事诉讼法第二百零六条）/)).toBeTruthy()
    expect(byTestId('judicial-step-decision').dataset.state).toBe('done')
  })
})
