import type { Role } from '@contract/roles'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import SignPage from '@/packages/sign/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeMe, makeTokenPair } from '../../support/fixtures'
import { setRouterParams, testControls } from '../../support/taro-double'
import { click, clickText, settle } from '../agreement/agreement-helpers'
import { installCanvasDouble } from './canvas-double'
import { SMS_CODE, USERS, signingApi, type Who } from './signing-api'

const APP_ROLE: Record<Who, Role> = {
  applicant: 'resident',
  respondent: 'resident',
  mediator: 'mediator',
  admin: 'committee_admin',
}

let canvas: ReturnType<typeof installCanvasDouble>

async function openAs(who: Who, api = signingApi(who)) {
  startSession(makeTokenPair(1, makeMe({ id: USERS[who].id, displayName: USERS[who].name }, [APP_ROLE[who]])))
  useSettingsStore.setState({ careMode: false, activeRole: APP_ROLE[who] })
  testControls.setRequestHandler(api.handler)
  setRouterParams({ caseId: 'case-1', documentRowId: api.rowId })
  render(<SignPage />)
  await settle()
  return api
}

function typeCode(value: string) {
  fireEvent.change(document.querySelector('[name="code"]') as HTMLInputElement, { target: { value } })
}

/** A stroke drawn with the mouse (pointer events, as the browser sends them). */
async function drawStroke() {
  const pad = screen.getByLabelText('手写签名区')
  await act(async () => {
    fireEvent.pointerDown(pad, { clientX: 20, clientY: 30, pointerId: 1 })
    for (let x = 30; x <= 120; x += 15) fireEvent.pointerMove(pad, { clientX: x, clientY: 40, pointerId: 1 })
    fireEvent.pointerUp(pad, { clientX: 120, clientY: 40, pointerId: 1 })
  })
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  canvas = installCanvasDouble()
})
afterEach(() => canvas.restore())

describe('sign page', () => {
  it('shows the text, whose turn it is and who has not signed yet', async () => {
    const api = signingApi('applicant')
    api.signAs('respondent')
    await openAs('applicant', api)

    expect(screen.getByText(/人民币壹万贰仟元整/)).toBeTruthy()
    const progress = screen.getByLabelText('签署进度')
    expect(within(progress).getByText('等待当事人签署')).toBeTruthy()
    expect(within(progress).getByText('尚未签署：申请人 王秀英')).toBeTruthy()
    expect(within(progress).getByText(/1\. 被申请人 某物流有限公司/)).toBeTruthy()
    expect(screen.getByText('确认签署')).toBeTruthy()
  })

  it('refuses an empty signature and a malformed code before sending anything', async () => {
    const api = await openAs('applicant')
    await clickText('确认签署')
    expect(screen.getByText('请输入短信中的 6 位数字验证码')).toBeTruthy()
    expect(screen.getByText('请先在签名区手写签名')).toBeTruthy()

    typeCode('12ab')
    await drawStroke()
    await drawStroke()
    await clickText('撤销一笔')
    await clickText('清空重写')
    await clickText('确认签署')
    expect(screen.getByText('请先在签名区手写签名')).toBeTruthy()
    expect(api.signed).toHaveLength(0)
  })

  it('sends the code, then signs with the drawn PNG and the hash of the text shown', async () => {
    const api = await openAs('applicant')
    await clickText('获取短信验证码')
    expect(screen.getByText('验证码已发送至 138****0001')).toBeTruthy()
    expect(screen.getByText('60 秒后可重新获取')).toBeTruthy()

    await drawStroke()
    expect(canvas.drawn.filter((mark) => mark === 'line').length).toBeGreaterThan(3)
    typeCode(SMS_CODE)
    await clickText('确认签署')

    expect(api.signed[0]).toMatchObject({
      path: `/api/v1/cases/case-1/documents/${api.rowId}/signing/sign`,
      body: { as: 'party', code: SMS_CODE, documentSha256: api.version.sha256 },
    })
    expect(api.images()[0]).toMatch(/^data:image\/png;base64,/)
    expect(screen.getByText('您已签署，等待其他人完成签署。')).toBeTruthy()
    expect(screen.getByText(/1\. 申请人 王秀英/)).toBeTruthy()
    expect(screen.queryByText('确认签署')).toBeNull()
  })

  it('shows a wrong SMS code at the code field', async () => {
    const api = await openAs('applicant')
    await clickText('获取短信验证码')
    await drawStroke()
    typeCode('000000')
    await clickText('确认签署')
    const codeField = document.querySelector('[data-field="code"]') as HTMLElement
    expect(within(codeField).getByText('验证码不正确，请重新获取')).toBeTruthy()
    expect(api.signed).toHaveLength(1)
    expect(screen.getByText('确认签署')).toBeTruthy()
    expect(screen.queryByText('您已签署，等待其他人完成签署。')).toBeNull()
  })

  it('keeps the mediator waiting until every party has signed, then lets them sign', async () => {
    const api = signingApi('mediator')
    api.signAs('applicant')
    await openAs('mediator', api)
    expect(screen.getByText('请等待各方当事人签署后再签署')).toBeTruthy()
    expect(screen.queryByText('确认签署')).toBeNull()

    api.signAs('respondent')
    cleanup()
    await openAs('mediator', api)
    expect(screen.getByText('当事人已全部签署，等待调解员签署')).toBeTruthy()
    await clickText('获取短信验证码')
    await drawStroke()
    typeCode(SMS_CODE)
    await clickText('确认签署')
    expect(api.signed[0].body).toMatchObject({ as: 'mediator', code: SMS_CODE })
    expect(screen.getByText('调解员已签署，等待调解委员会盖章')).toBeTruthy()
  })

  it('lets the committee admin seal last, then offers the signed PDF, the bundle and the verification code', async () => {
    const api = signingApi('admin')
    api.signAs('applicant')
    api.signAs('respondent')
    api.signAs('mediator')
    await openAs('admin', api)

    expect(screen.getByText('调解员已签署，等待调解委员会盖章')).toBeTruthy()
    await clickText('获取短信验证码')
    await drawStroke()
    typeCode(SMS_CODE)
    await click(screen.getByText('确认盖章'))

    expect(api.signed[0].path).toMatch(/\/signing\/seal$/)
    expect(api.signed[0].body).not.toHaveProperty('as')
    expect(screen.getByText('已盖章，协议生效')).toBeTruthy()
    expect(screen.getByText(/验证码：ABCD-EFGH-JKMN/)).toBeTruthy()
    expect(screen.getByText('下载已签署 PDF')).toBeTruthy()
    expect(screen.getByText('下载案卷包（可离线核验）')).toBeTruthy()
  })

  it('for status matters (ESL art 3) offers no e-signing and lets the mediator record the paper signing', async () => {
    const party = signingApi('applicant', { statusMatters: ['inheritance'] })
    await openAs('applicant', party)
    expect(screen.getByText('本文书须线下纸质签署')).toBeTruthy()
    expect(screen.getByText(/依《电子签名法》第三条/)).toBeTruthy()
    expect(screen.queryByText('获取短信验证码')).toBeNull()
    expect(screen.queryByText('登记线下签署')).toBeNull()

    cleanup()
    const api = await openAs('mediator', signingApi('mediator', { statusMatters: ['inheritance'] }))
    await clickText('登记线下签署')
    expect(screen.getByText('请填写线下签署情况')).toBeTruthy()
    fireEvent.change(document.querySelector('[name="paperNote"]') as HTMLInputElement, {
      target: { value: '2026年12月1日在调委会签署纸质协议一式三份' },
    })
    await clickText('登记线下签署')
    expect(api.paperNotes).toEqual(['2026年12月1日在调委会签署纸质协议一式三份'])
    expect(screen.getByText('已登记线下签署。')).toBeTruthy()
    await clickText('登记线下签署')
    expect(screen.getByText('该文书不需要线下签署，或已登记过线下签署')).toBeTruthy()
  })
})
