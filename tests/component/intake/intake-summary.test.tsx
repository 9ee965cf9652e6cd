import { fireEvent, render, screen, within } from '@testing-library/react'
import IntakePage from '@/packages/intake/pages/index/index'
import { useIntakeDraftStore } from '@/features/intake/stores/intake-draft-store'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { makeTokenPair } from '../../support/fixtures'
import Taro, { testControls } from '../../support/taro-double'
import { click, clickText, currentSlot, send, settle } from './intake-helpers'
import { realIntakeServer } from './real-intake-api'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('./intake-helpers').TextareaDouble,
}))

const WAGE_STORY = '我在九龙坡区杨家坪街道团结路社区附近的工地干活，老板拖欠我3万工资，一直不给。'
const MB = 1024 * 1024

type UploadReply = { statusCode: number; data: string }
const platform = {
  redirectTo: jest.fn(async (_option: { url: string }) => ({ errMsg: 'redirectTo:ok' })),
  makePhoneCall: jest.fn(async (_option: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' })),
  chooseImage: jest.fn(),
  uploadFile: jest.fn(),
}

/** Taro.uploadFile as the platform shapes it: a promise with onProgressUpdate, reporting 50 % then the reply. */
function uploadAnswering(replyFor: (filePath: string) => UploadReply) {
  platform.uploadFile.mockImplementation((option: { filePath: string }) => {
    let progress: ((update: { progress: number }) => void) | undefined
    const promise = new Promise<UploadReply>((resolve) =>
      setTimeout(() => {
        progress?.({ progress: 50 })
        resolve(replyFor(option.filePath))
      }, 0),
    )
    return Object.assign(promise, { onProgressUpdate: (fn: typeof progress) => void (progress = fn) })
  })
}

function serve() {
  const server = realIntakeServer()
  testControls.setRequestHandler(server.handler)
  return server
}

/** Answers text questions in words and skips the rest, so the summary card comes up. */
async function finishConversation() {
  for (let turn = 0; turn < 30 && currentSlot(); turn++) {
    const slot = currentSlot()
    if (slot === 'claim') await send('answer', '希望老板尽快把工资给我')
    else await click(screen.getByRole('button', { name: '跳过' }))
  }
  await settle()
}

async function reachSummary(story = WAGE_STORY) {
  const server = serve()
  render(<IntakePage />)
  await settle()
  await send('narrative', story)
  await finishConversation()
  return server
}

function fact(key: string): HTMLElement {
  return document.querySelector(`[data-fact="${key}"]`) as HTMLElement
}

beforeEach(() => {
  testControls.reset()
  Object.assign(Taro, platform)
  for (const fn of Object.values(platform)) fn.mockReset()
  platform.redirectTo.mockResolvedValue({ errMsg: 'redirectTo:ok' })
  platform.makePhoneCall.mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: false, activeRole: null })
  useIntakeDraftStore.getState().clear()
  startSession(makeTokenPair(1))
})

describe('intake summary and submission', () => {
  it('shows every fact, the routed committee with its reason, materials and limitation', async () => {
    await reachSummary()

    expect(screen.getByText('问题都问完了。请看下面的摘要，核对无误后提交。')).toBeTruthy()
    expect(within(fact('owed_amount')).getByText('30,000元（3万元）')).toBeTruthy()
    expect(within(fact('claim')).getByText('希望老板尽快把工资给我')).toBeTruthy()
    expect(within(fact('respondent')).getByText('已跳过')).toBeTruthy()
    const routing = screen.getByTestId('intake-routing')
    expect(routing.textContent).toContain('九龙坡区劳动争议人民调解委员会')
    expect(routing.textContent).toContain('专业调解委员会调解更合适')
    expect(within(routing).getByText(/团结路社区人民调解委员会/)).toBeTruthy()
    expect(screen.getByTestId('intake-materials').textContent).toContain('工资条')
    expect(screen.getByTestId('intake-limitations').textContent).toContain('劳动争议仲裁时效为1年')
  })

  it('edits a fact on the summary through the answer API and shows the new value', async () => {
    const server = await reachSummary()

    await click(screen.getByRole('button', { name: '修改被拖欠金额' }))
    const editor = fact('owed_amount')
    await click(within(editor).getByRole('button', { name: '清空' }))
    for (const key of '28000') await click(within(editor).getByRole('button', { name: key }))
    expect(within(editor).getByTestId('money-display').textContent).toContain('人民币贰万捌仟元整')
    await click(within(editor).getByText('确定'))

    const answers = server.requests.filter((r) => r.path.endsWith('/answers'))
    expect(answers.at(-1)?.body).toEqual({ value: 28000, slot: 'owed_amount' })
    expect(within(fact('owed_amount')).getByText('28,000元（2.8万元）')).toBeTruthy()
    expect(document.querySelector('[data-editing]')).toBeNull()
  })

  it('submits to the committee the resident chose and opens the new case', async () => {
    const server = await reachSummary()

    await click(screen.getByText(/团结路社区人民调解委员会/).closest('[role="radio"]') as Element)
    await clickText('确认提交')

    expect(server.submitted).toEqual([
      { sessionId: 'session-1', body: { committeeId: 'committee-500107001001' }, caseId: 'case-1' },
    ])
    expect(platform.redirectTo).toHaveBeenCalledWith({ url: '/packages/case/pages/detail/index?id=case-1' })
    expect(useIntakeDraftStore.getState().sessionId).toBeNull()
  })

  it('keeps allowed photos, says why others were refused, and uploads them after submitting', async () => {
    await reachSummary()
    platform.chooseImage.mockResolvedValue({
      tempFiles: [
        { path: 'wxfile://tmp/pay-slip.jpg', size: 2 * MB },
        { path: 'wxfile://tmp/animation.gif', size: 1000 },
        { path: 'wxfile://tmp/huge.png', size: 12 * MB },
      ],
    })
    uploadAnswering((filePath) =>
      filePath.endsWith('pay-slip.jpg')
        ? { statusCode: 201, data: JSON.stringify({ id: 'file-1' }) }
        : { statusCode: 500, data: '' },
    )

    await clickText('添加照片')
    const evidence = screen.getByTestId('intake-evidence')
    expect(within(evidence).getByText('pay-slip.jpg')).toBeTruthy()
    expect(within(evidence).getByText('未添加“animation.gif”：只能上传 jpg、png、webp 或 heic 格式的照片')).toBeTruthy()
    expect(within(evidence).getByText('未添加“huge.png”：照片不能超过 10 MB（这张 12 MB）')).toBeTruthy()
    expect(useIntakeDraftStore.getState().images.map((i) => i.path)).toEqual(['wxfile://tmp/pay-slip.jpg'])

    await clickText('确认提交')
    await settle()
    expect(platform.uploadFile).toHaveBeenCalledTimes(1)
    expect(platform.uploadFile.mock.calls[0][0]).toMatchObject({
      url: 'http://api.test/api/v1/cases/case-1/files?kind=image',
      filePath: 'wxfile://tmp/pay-slip.jpg',
      name: 'file',
      header: { Authorization: 'Bearer access-1' },
    })
    expect(screen.getByTestId('intake-uploads').textContent).toContain('pay-slip.jpg：已上传')
    expect(platform.redirectTo).toHaveBeenCalledWith({ url: '/packages/case/pages/detail/index?id=case-1' })
  })

  it('stays on the page with the reason when a photo upload fails, the case already filed', async () => {
    await reachSummary()
    platform.chooseImage.mockResolvedValue({ tempFiles: [{ path: 'wxfile://tmp/receipt.png', size: MB }] })
    uploadAnswering(() => ({
      statusCode: 413,
      data: JSON.stringify({ code: 'FILE_TOO_LARGE', message: '图片不能超过 10 MB（当前 11 MB）' }),
    }))

    await clickText('添加照片')
    await clickText('确认提交')
    await settle()

    const uploads = screen.getByTestId('intake-uploads')
    expect(uploads.textContent).toContain('receipt.png：上传失败')
    expect(uploads.textContent).toContain('图片不能超过 10 MB（当前 11 MB）。可以稍后在案件详情里重新上传。')
    expect(platform.redirectTo).not.toHaveBeenCalled()
    await clickText('查看案件')
    expect(platform.redirectTo).toHaveBeenCalledWith({ url: '/packages/case/pages/detail/index?id=case-1' })
  })

  it('lets the resident pick the place when the story names none, and routes and submits there', async () => {
    const server = await reachSummary('老板拖欠我3万工资，一直不给。')

    expect(screen.getByRole('alert').textContent).toBe('请选择纠纷发生地或您居住的社区，以便安排调解组织')
    expect(screen.getByText('确认提交').closest('button')?.className).toContain('nut-button-disabled')
    const chooser = screen.getByTestId('region-chooser')
    await click(within(chooser).getByText('重庆市'))
    await click(within(chooser).getByText('九龙坡区'))
    await click(within(chooser).getByText('谢家湾街道'))
    await click(within(chooser).getByText('华润社区'))

    const routing = screen.getByTestId('intake-routing')
    expect(routing.textContent).toContain('由这里为您调解（华润社区）')
    expect(within(routing).getByText(/谢家湾街道华润社区人民调解委员会/)).toBeTruthy()
    await clickText('确认提交')
    expect(server.submitted[0].body).toEqual({ regionCode: '500107002002' })
  })

  it('puts 110 first when the story shows danger, with tap-to-call', async () => {
    serve()
    render(<IntakePage />)
    await settle()
    await send('narrative', '老板欠我3万工资不给，还说要拿刀砍死我，我在杨家坪街道团结路社区')

    const banner = document.querySelector('[data-risk="urgent"]') as HTMLElement
    expect(banner.textContent).toContain('如果有人身危险，请立即报警')
    expect(banner.textContent).toContain('有杀人、伤害他人的威胁')
    await click(within(banner).getByRole('button', { name: '拨打报警 110' }))
    expect(platform.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '110' })
  })

  it('refuses a narrative over 5,000 characters before sending it', async () => {
    const server = serve()
    render(<IntakePage />)
    await settle()
    fireEvent.change(document.querySelector('[name="narrative"]') as Element, { target: { value: '欠'.repeat(5001) } })
    await settle()

    expect(screen.getByRole('alert').textContent).toBe('最多 5000 个字，现在 5001 个字，请精简一些。')
    await clickText('发送')
    expect(server.requests).toHaveLength(0)
  })
})
