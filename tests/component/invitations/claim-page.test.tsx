import { act, fireEvent, render, screen } from '@testing-library/react'
import ClaimPage from '@/packages/invitation/pages/claim/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { fakeServer, reply } from '../../support/fake-server'
import { makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { flush } from '../../support/ui-actions'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../../support/ui-actions').TextareaDouble,
}))

const TOKEN = 'wcWgcnh--gN4NvlmnxwEH3uziQUpYZoKKYFm2yivugc'
const CLAIM = `POST /api/v1/invitations/${TOKEN}/claim`

const CLAIMED = {
  caseId: 'case-7',
  caseNumber: 'TJ-2026-000007',
  role: 'respondent',
  disputeType: 'wage_arrears',
  source: 'police',
  prefill: { narrative: '工地包工头拖欠李四工资8000元', disputeType: 'wage_arrears', myName: '王五' },
}

const settle = () => flush(3)

const navigatedTo = () => (Taro.navigateTo as jest.Mock).mock.calls.map((call) => call[0].url as string)

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  setRouterParams({ token: TOKEN })
})

describe('invitation claim page', () => {
  it('sends a logged-out visitor to login, then claims and opens the case', async () => {
    const server = fakeServer({
      [CLAIM]: () => reply(200, { ...CLAIMED, role: 'applicant', prefill: { ...CLAIMED.prefill, myName: '李四' } }),
    })
    testControls.setRequestHandler(server.handler)
    render(<ClaimPage />)
    await settle()
    expect(navigatedTo()).toEqual(['/packages/auth/pages/login/index'])
    expect(screen.getByText('请用收到短信的手机号登录，登录后自动认领案件。')).toBeTruthy()
    expect(server.requests).toHaveLength(0)

    await act(async () => startSession(makeTokenPair(2)))
    await settle()
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([CLAIM])
    // Fastify refuses an empty JSON body, and the client always sends the JSON content type.
    expect(server.requests[0].body).toEqual({})
    expect(screen.getByText('认领成功')).toBeTruthy()
    expect(screen.getByText(/申请人（李四）/)).toBeTruthy()
    expect(navigatedTo()[1]).toBe('/packages/case/pages/detail/index?id=case-7')
  })

  it('asks the respondent whether they agree to mediation before opening the case', async () => {
    const answers: unknown[] = []
    const server = fakeServer({
      [CLAIM]: () => reply(200, CLAIMED),
      'POST /api/v1/cases/case-7/respondent-answer': (request) => {
        answers.push(request.body)
        return reply(200, { caseId: 'case-7', status: 'declined', answer: 'decline' })
      },
    })
    testControls.setRequestHandler(server.handler)
    startSession(makeTokenPair(1))
    render(<ClaimPage />)
    await settle()
    const answer = screen.getByTestId('respondent-answer')
    expect(answer.textContent).toContain('王五，对方申请通过人民调解解决这起纠纷。')
    expect(answer.textContent).toContain('案情：工地包工头拖欠李四工资8000元')
    expect(navigatedTo()).toEqual([])

    await act(async () => {
      fireEvent.click(screen.getByText('不同意调解'))
    })
    await act(async () => {
      fireEvent.click(screen.getByText('确认不同意调解'))
    })
    await settle()
    expect(screen.getByRole('alert').textContent).toBe('请说明不同意调解的原因')
    expect(answers).toEqual([])
    fireEvent.change(document.querySelector('textarea') as Element, { target: { value: ' 已经在法院起诉了 ' } })
    await act(async () => {
      fireEvent.click(screen.getByText('确认不同意调解'))
    })
    await settle()
    expect(answers).toEqual([{ answer: 'decline', reason: '已经在法院起诉了' }])
    expect(navigatedTo()).toEqual(['/packages/case/pages/detail/index?id=case-7'])
  })

  it('opens the case when the respondent had already answered (a second visit of the link)', async () => {
    testControls.setRequestHandler(
      fakeServer({
        [CLAIM]: () => reply(200, CLAIMED),
        'POST /api/v1/cases/case-7/respondent-answer': () =>
          reply(409, { code: 'RESPONDENT_ALREADY_ANSWERED', message: '您已答复过是否同意调解' }),
      }).handler,
    )
    startSession(makeTokenPair(1))
    render(<ClaimPage />)
    await settle()
    await act(async () => {
      fireEvent.click(screen.getByText('同意调解'))
    })
    await settle()
    expect(navigatedTo()).toEqual(['/packages/case/pages/detail/index?id=case-7'])
  })

  it.each([
    [
      403,
      'INVITATION_PHONE_MISMATCH',
      '您登录的手机号与邀请时填写的当事人手机号不一致，请使用收到短信的手机号登录后再打开链接',
      '切换账号',
    ],
    [409, 'INVITATION_USED', '该邀请链接已被使用，每个链接只能认领一次', '查看我的案件'],
    [410, 'INVITATION_EXPIRED', '该邀请链接已过期，请联系发送人重新发送', null],
    [410, 'INVITATION_REVOKED', '该邀请链接已作废（已发送新的链接），请使用最新收到的链接', null],
    [404, 'INVITATION_NOT_FOUND', '邀请链接无效，请向发送人索取新的链接', null],
  ])('explains %s %s and offers the way out', async (status, code, message, action) => {
    testControls.setRequestHandler(fakeServer({ [CLAIM]: () => reply(status, { code, message }) }).handler)
    startSession(makeTokenPair(1))
    render(<ClaimPage />)
    await settle()
    const alert = screen.getByRole('alert')
    expect(alert.getAttribute('data-error-code')).toBe(code)
    expect(alert.textContent).toContain('无法认领案件')
    expect(alert.textContent).toContain(message)
    expect(screen.queryByText('切换账号') !== null).toBe(action === '切换账号')
    expect(screen.queryByText('查看我的案件') !== null).toBe(action === '查看我的案件')
    expect(navigatedTo()).toEqual([])
  })

  it('switching account logs out, so the right phone can log in and claim', async () => {
    testControls.setRequestHandler(
      fakeServer({
        [CLAIM]: () => reply(403, { code: 'INVITATION_PHONE_MISMATCH', message: '手机号不一致' }),
      }).handler,
    )
    startSession(makeTokenPair(1))
    render(<ClaimPage />)
    await settle()
    await act(async () => {
      fireEvent.click(screen.getByText('切换账号'))
    })
    await settle()
    expect(useAuthStore.getState().refreshToken).toBeNull()
    expect(navigatedTo()).toEqual(['/packages/auth/pages/login/index'])
  })

  it('rejects a link cut short in a chat app without asking the server', async () => {
    const server = fakeServer({})
    testControls.setRequestHandler(server.handler)
    setRouterParams({ token: 'wcWgcnh--g' })
    startSession(makeTokenPair(1))
    render(<ClaimPage />)
    await settle()
    expect(screen.getByRole('alert').textContent).toContain('链接不完整或已损坏')
    expect(server.requests).toHaveLength(0)
  })
})
