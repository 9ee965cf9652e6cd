import fs from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { button, e2eServer, loginWithSms, visiblePage } from './support/app'
import { openBrowser, saveScreenshot, type BrowserSession } from './support/browser'
import { logOffset, waitForSmsCode } from './support/sms-codes'
import { accessTokenOf, api, apiLogin, DEMO_PHONES, drawSignature } from './support/api'

/** Demo accounts of the seed: the two residents become the parties; the demo committee handles the case. */
type Signer = 'applicant' | 'respondent' | 'mediator' | 'admin'

const PHONES = DEMO_PHONES

/**
 * The case up to the point where an agreement can be drafted, all through the API: a police referral to the demo
 * committee naming the two demo residents, both sides claiming their links, the committee accepting and
 * assigning the demo mediator, who accepts. `tokens` are the browser users' own sessions.
 */
async function caseReadyForAgreement(tokens: Record<Signer, string>): Promise<string> {
  const committeeId = (await api('/me', tokens.admin)).organisation.id as string
  const mediatorId = (await api('/me', tokens.mediator)).id as string
  const police = await apiLogin(PHONES.police)
  const created = await api('/referrals', police.token, {
    incidentNumber: 'J500107202611260042',
    disputeType: 'wage_arrears',
    facts: '2026年11月25日晚，王秀英到某装修公司讨要三个月工资1.8万元，与负责人李建国发生争执，民警到场劝解。',
    regionCode: '500107001001',
    committeeId,
    applicant: { name: '王秀英', phone: PHONES.applicant },
    respondent: { name: '李建国', phone: PHONES.respondent },
  })
  for (const link of created.links as { partyRole: string; token: string }[]) {
    await api(
      `/invitations/${link.token}/claim`,
      link.partyRole === 'applicant' ? tokens.applicant : tokens.respondent,
      {},
    )
  }
  const caseId = created.referral.caseId as string
  await api(`/cases/${caseId}/accept`, tokens.admin, {})
  await api(`/cases/${caseId}/mediators`, tokens.admin, { mediatorUserId: mediatorId })
  await api(`/cases/${caseId}/mediator-answer`, tokens.mediator, { conflictOfInterest: false })
  return caseId
}

async function drawSignatureIn(page: Page, scope: Locator) {
  const box = await scope.locator('canvas').boundingBox()
  if (!box) throw new Error('signature pad not visible')
  await drawSignature(page, box)
}

describe('agreement, e-signing and verification in the browser', () => {
  // One browser per person, each logged in once: SMS codes cannot be re-sent to a phone within a minute.
  const sessions = {} as Record<Signer, BrowserSession>
  let caseId: string
  let signUrl: string

  /** Requests the SMS code, draws, types the code and submits, as the signer on their own page. */
  async function sign(who: Signer, submitLabel: string) {
    const { baseUrl, logFile } = e2eServer()
    const { page } = sessions[who]
    await page.goto(`${baseUrl}${signUrl}`)
    const screen = visiblePage(page)
    const before = logOffset(logFile)
    await button(screen, '获取短信验证码').click()
    await screen.getByText(/验证码已发送至/).waitFor()
    const code = await waitForSmsCode(logFile, PHONES[who], before)
    await drawSignatureIn(page, screen)
    await screen.locator('input[name="code"]').fill(code)
    await button(screen, submitLabel).click()
    return screen
  }

  beforeAll(async () => {
    const tokens = {} as Record<Signer, string>
    for (const who of ['applicant', 'respondent', 'mediator', 'admin'] as const) {
      sessions[who] = await openBrowser()
      await loginWithSms(sessions[who].page, PHONES[who])
      tokens[who] = await accessTokenOf(sessions[who].page)
    }
    caseId = await caseReadyForAgreement(tokens)
  }, 120_000)
  afterAll(async () => {
    for (const session of Object.values(sessions)) await session.close()
  })

  it('the mediator drafts, both parties confirm, everyone signs in order, the seal makes it verifiable', async () => {
    const { baseUrl } = e2eServer()
    const agreementUrl = `${baseUrl}/#/packages/agreement/pages/index/index?caseId=${caseId}`

    // The mediator drafts from the template: structured terms, 大写 shown, due date added
    const mediatorPage = sessions.mediator.page
    await mediatorPage.goto(agreementUrl)
    let screen = visiblePage(mediatorPage)
    await screen.getByText('起草调解协议').waitFor()
    await screen.locator('input[name="terms.0.amount"]').fill('18000')
    await screen.getByText('大写：人民币壹万捌仟元整').waitFor()
    await screen.locator('input[name="terms.0.dueDate"]').fill('2026-12-31')
    await screen.locator('[data-field="responsibilities"] textarea').fill('被申请人未按约定支付工资，应承担支付责任。')
    await button(screen, '保存草稿').click()
    await screen.getByText(/第 1 版（最新）/).waitFor()
    await screen.getByText('司法确认预检').waitFor()
    await saveScreenshot(mediatorPage, 'agreement-drafted')

    // Both parties read and confirm the exact text
    for (const who of ['applicant', 'respondent'] as const) {
      const { page } = sessions[who]
      await page.goto(agreementUrl)
      screen = visiblePage(page)
      await screen.getByText(/我已阅读第 1 版全文/).click()
      await button(screen, '确认协议文本').click()
      await screen.getByText(who === 'applicant' ? '您已确认，等待其他当事人确认。' : /各方已确认第 1 版文本/).waitFor()
    }
    const respondentPage = sessions.respondent.page
    await button(screen, '去签署').click()
    await visiblePage(respondentPage).getByText('签署进度').waitFor()
    signUrl = respondentPage.url().slice(respondentPage.url().indexOf('/#/'))
    expect(signUrl).toMatch(/documentRowId=/)

    // Parties sign in any order, then the mediator, then the committee seal
    await (await sign('respondent', '确认签署')).getByText('您已签署，等待其他人完成签署。').waitFor()
    await (await sign('applicant', '确认签署')).getByText('当事人已全部签署，等待调解员签署').waitFor()
    await (await sign('mediator', '确认签署')).getByText('调解员已签署，等待调解委员会盖章').waitFor()
    screen = await sign('admin', '确认盖章')
    await screen.getByText('已盖章，协议生效').waitFor()
    await saveScreenshot(sessions.admin.page, 'agreement-sealed')
    const codeText = await screen.getByText(/^验证码：/).textContent()
    const code = /验证码：([A-Z0-9-]+)/.exec(codeText ?? '')?.[1]
    expect(code).toBeTruthy()

    // The sealed PDF, with the sealed record appended after its end-of-file
    const download = sessions.admin.page.waitForEvent('download')
    await button(screen, '下载已签署 PDF').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^人民调解协议书-第1版-已签署\.pdf$/)
    const pdfPath = (await file.path()) as string
    const pdf = fs.readFileSync(pdfPath)
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF')
    expect(pdf.includes('%TIAOJIE-SEAL-BEGIN')).toBe(true)

    // Anyone, without logging in, checks the code
    const visitor = await openBrowser()
    try {
      await visitor.page.goto(`${baseUrl}/#/packages/verify/pages/index/index`)
      screen = visiblePage(visitor.page)
      await screen.locator('input[name="code"]').fill(code!.toLowerCase())
      await button(screen, '按验证码验证').click()
      await screen.getByText('验证通过：文件真实、完整，签署记录有效').waitFor()
      expect(await screen.getByText(/^\d\. (当事人|调解员|调委会盖章) /).count()).toBe(4)
      await saveScreenshot(visitor.page, 'agreement-verified')

      // The same file uploaded is valid; one byte changed in its pages is not, and the page says why
      const upload = async (name: string, bytes: Buffer) => {
        await screen.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes })
      }
      await upload('协议.pdf', pdf)
      await screen.getByText('验证通过：文件真实、完整，签署记录有效').waitFor()
      const tampered = Buffer.from(pdf)
      tampered[200] = tampered[200] === 0x41 ? 0x42 : 0x41
      await upload('协议-改.pdf', tampered)
      await screen.getByText('验证未通过').waitFor()
      await screen.getByText('检查项：PDF_CONTENT_CHANGED').waitFor()
      await saveScreenshot(visitor.page, 'agreement-tampered')
    } finally {
      await visitor.close()
    }
  })
})
