import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { accessTokenOf, api, apiLogin, DEMO_PHONES, drawSignature, type Json } from './support/api'
import { button, e2eServer, loginWithSms, visiblePage } from './support/app'
import { openBrowser, saveScreenshot, type BrowserSession } from './support/browser'
import { logOffset, waitForSmsCode } from './support/sms-codes'

/**
 * The whole journey after a dispute reaches the committee, each person in their own browser: the mediator writes
 * the record and both parties confirm it; the agreement is drafted, confirmed, signed and sealed; both parties apply
 * jointly for judicial confirmation; the court clerk files and confirms it; the ruling is served to both parties,
 * who open it (receipts); the staff see the receipts; the served agreement PDF verifies.
 * The steps before (referral, claiming, assignment) have their own browser tests and run here through the API.
 */
type Person = 'applicant' | 'respondent' | 'mediator' | 'admin' | 'clerk'
const PEOPLE: Person[] = ['applicant', 'respondent', 'mediator', 'admin', 'clerk']

/** A 1×1 PNG: the smallest real image the file checks accept, standing in for an ID-card photo. */
const ID_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

async function uploadIdPhoto(caseId: string, token: string, name: string): Promise<string> {
  const { baseUrl } = e2eServer()
  const form = new FormData()
  form.append('file', new Blob([ID_PHOTO], { type: 'image/png' }), name)
  const response = await fetch(`${baseUrl}/api/v1/cases/${caseId}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  const json = (await response.json()) as Json
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(json)}`)
  return json.id as string
}

/** Police referral naming the two demo residents, both claim their side, the committee assigns the demo mediator. */
async function caseWithMediator(tokens: Record<Person, string>): Promise<string> {
  const committeeId = (await api('/me', tokens.admin)).organisation.id as string
  const mediatorId = (await api('/me', tokens.mediator)).id as string
  const police = await apiLogin(DEMO_PHONES.police)
  const created = await api('/referrals', police.token, {
    incidentNumber: `J500107${Date.now()}`,
    disputeType: 'wage_arrears',
    facts: '2026年11月20日，王秀英到某装修公司讨要三个月工资1.8万元，与负责人李建国发生争执，民警到场劝解。',
    regionCode: '500107001001',
    committeeId,
    applicant: { name: '王秀英', phone: DEMO_PHONES.applicant },
    respondent: { name: '李建国', phone: DEMO_PHONES.respondent },
  })
  for (const link of created.links as { partyRole: string; token: string }[]) {
    const token = link.partyRole === 'applicant' ? tokens.applicant : tokens.respondent
    await api(`/invitations/${link.token}/claim`, token, {})
  }
  const caseId = created.referral.caseId as string
  await api(`/cases/${caseId}/accept`, tokens.admin, {})
  await api(`/cases/${caseId}/mediators`, tokens.admin, { mediatorUserId: mediatorId })
  await api(`/cases/${caseId}/mediator-answer`, tokens.mediator, { conflictOfInterest: false })
  return caseId
}

/** Clicks a NutUI Cell or any element by its visible text, the way a finger would. */
const tap = (scope: Locator, text: string | RegExp) => scope.getByText(text).first().click()

describe('the whole journey: record → agreement → signatures → judicial confirmation → served ruling', () => {
  const sessions = {} as Record<Person, BrowserSession>
  const tokens = {} as Record<Person, string>
  let caseId: string
  const page = (who: Person): Page => sessions[who].page
  const go = async (who: Person, route: string): Promise<Locator> => {
    await page(who).goto(`${e2eServer().baseUrl}/#${route}`)
    return visiblePage(page(who))
  }

  beforeAll(async () => {
    for (const who of PEOPLE) {
      sessions[who] = await openBrowser()
      await loginWithSms(sessions[who].page, DEMO_PHONES[who])
      tokens[who] = await accessTokenOf(sessions[who].page)
    }
    caseId = await caseWithMediator(tokens)
  }, 180_000)
  afterAll(async () => {
    for (const session of Object.values(sessions)) await session?.close()
  })

  it('ends with a confirmed ruling served to both parties, receipts seen by staff and a verifiable agreement', async () => {
    // 1. The mediator records the outcome: agreement reached.
    let screen = await go('mediator', `/packages/record/pages/outcome/index?caseId=${caseId}`)
    await screen.getByRole('radio', { name: '达成协议' }).click()
    await button(screen, '提交调解结果').click()
    await screen
      .getByText(/达成协议/)
      .first()
      .waitFor()

    // 2. The mediation record, outcome included: the mediator generates it, each party reads and confirms, then the mediator.
    screen = await go('mediator', `/packages/record/pages/index/index?caseId=${caseId}`)
    await button(screen, '生成调解笔录').click()
    await screen.getByText('确认情况').waitFor()
    await screen
      .getByText(/结果：\s*达成协议/)
      .first()
      .waitFor()
    await screen
      .getByText(/王秀英/)
      .first()
      .waitFor()
    for (const who of ['applicant', 'respondent', 'mediator'] as const) {
      screen = await go(who, `/packages/record/pages/index/index?caseId=${caseId}`)
      await tap(screen, /我已阅读第 1 版笔录全文/)
      await button(screen, '确认笔录').click()
      await screen
        .getByText(/已确认（/)
        .first()
        .waitFor()
    }
    await screen.getByText(/各方已于 .* 确认第 1 版笔录/).waitFor()
    await saveScreenshot(page('mediator'), 'journey-record-confirmed')

    // 3. The agreement: drafted, confirmed by both parties, signed in order, sealed.
    const agreementRoute = `/packages/agreement/pages/index/index?caseId=${caseId}`
    screen = await go('mediator', agreementRoute)
    await screen.getByText('起草调解协议').waitFor()
    await screen.locator('input[name="terms.0.amount"]').fill('18000')
    await screen.getByText('大写：人民币壹万捌仟元整').waitFor()
    await screen.locator('input[name="terms.0.dueDate"]').fill('2026-12-31')
    await screen.locator('[data-field="responsibilities"] textarea').fill('被申请人未按约定支付工资，应承担支付责任。')
    await button(screen, '保存草稿').click()
    await screen.getByText(/第 1 版（最新）/).waitFor()
    for (const who of ['applicant', 'respondent'] as const) {
      screen = await go(who, agreementRoute)
      await screen.getByText(/我已阅读第 1 版全文/).click()
      await button(screen, '确认协议文本').click()
      await screen.getByText(who === 'applicant' ? '您已确认，等待其他当事人确认。' : /各方已确认第 1 版文本/).waitFor()
    }
    await button(screen, '去签署').click()
    await visiblePage(page('respondent')).getByText('签署进度').waitFor()
    const signUrl = page('respondent')
      .url()
      .slice(page('respondent').url().indexOf('/#/') + 2)

    const sign = async (who: Person, submitLabel: string, done: string | RegExp) => {
      const { logFile } = e2eServer()
      const pad = await go(who, signUrl)
      const before = logOffset(logFile)
      await button(pad, '获取短信验证码').click()
      await pad.getByText(/验证码已发送至/).waitFor()
      const code = await waitForSmsCode(logFile, DEMO_PHONES[who], before)
      const box = await pad.locator('canvas').boundingBox()
      if (!box) throw new Error('signature pad not visible')
      await drawSignature(page(who), box)
      await pad.locator('input[name="code"]').fill(code)
      await button(pad, submitLabel).click()
      await pad.getByText(done).waitFor()
      return pad
    }
    await sign('applicant', '确认签署', '您已签署，等待其他人完成签署。')
    await sign('respondent', '确认签署', '当事人已全部签署，等待调解员签署')
    await sign('mediator', '确认签署', '调解员已签署，等待调解委员会盖章')
    await sign('admin', '确认盖章', '已盖章，协议生效')

    // 4. Judicial confirmation: the applicant prepares the joint application.
    // The respondent's ID photo is already on file; the applicant photographs hers in the form (an H5 upload).
    const respondentPhoto = await uploadIdPhoto(caseId, tokens.respondent, '李建国身份证.png')
    const applyRoute = `/packages/judicial/pages/apply/index?caseId=${caseId}`
    screen = await go('applicant', applyRoute)
    await screen.getByTestId('judicial-countdown').waitFor()
    await screen.getByTestId('judicial-legal-notice').waitFor()
    await screen.getByTestId('judicial-start').click()
    const court = screen.locator('[data-testid^="judicial-court-"]').first()
    await court.click()
    await screen
      .locator('[data-field="parties.0.address"] input, input[name="parties.0.address"]')
      .first()
      .fill('重庆市九龙坡区杨家坪街道团结路1号')
    await screen
      .locator('[data-field="parties.1.address"] input, input[name="parties.1.address"]')
      .first()
      .fill('重庆市九龙坡区谢家湾街道建设路8号')
    const applicantProofs = screen.locator('[data-field="parties.0.idProofFileIds"]')
    const chooser = page('applicant').waitForEvent('filechooser')
    await button(applicantProofs, '拍照上传').click()
    await (await chooser).setFiles({ name: '王秀英身份证.png', mimeType: 'image/png', buffer: ID_PHOTO })
    await applicantProofs.locator('[role="checkbox"][aria-checked="true"]').waitFor()
    await screen.getByTestId(`parties.1.idProofFileIds-file-${respondentPhoto}`).click()
    await screen.getByTestId('judicial-create').click()
    await screen.getByTestId('judicial-step-submitted').waitFor()
    await saveScreenshot(page('applicant'), 'journey-judicial-prepared')

    // Both parties confirm the application; the second confirmation submits it to the court.
    for (const who of ['applicant', 'respondent'] as const) {
      screen = await go(who, applyRoute)
      await screen.getByTestId('judicial-confirm-read').click()
      await screen.getByTestId('judicial-confirm').click()
      await screen.locator('[data-testid^="judicial-party-"][data-confirmed="true"]').first().waitFor()
    }
    await screen.locator('[data-testid="judicial-step-submitted"][data-state="done"]').waitFor()

    // 5. The court clerk files the application and confirms the agreement valid.
    screen = await go('clerk', '/packages/judicial/pages/clerk/index')
    const queued = screen.locator('[data-testid^="judicial-queue-"]').filter({ hasText: '王秀英' }).first()
    await queued.waitFor()
    await queued.click()
    screen = visiblePage(page('clerk'))
    await screen
      .locator('input[name="courtCaseNumber"], [data-field="courtCaseNumber"] input')
      .first()
      .fill('（2026）渝0107民特88号')
    await screen.getByTestId('clerk-file').click()
    await screen
      .getByTestId('clerk-status')
      .getByText(/已立案/)
      .waitFor()
    await screen.getByTestId('clerk-outcome-valid').click()
    await screen.getByTestId('clerk-decide').click()
    await screen
      .getByTestId('clerk-status')
      .getByText(/已裁定调解协议有效/)
      .waitFor()
    await saveScreenshot(page('clerk'), 'journey-ruled')

    // 6. Both parties find the ruling in their inbox and open it: the receipt is recorded, the PDF downloads.
    const downloads: Record<string, Buffer> = {}
    for (const who of ['applicant', 'respondent'] as const) {
      screen = await go(who, '/packages/inbox/pages/index/index')
      const ruling = screen.locator('[data-testid^="inbox-item-"]').filter({ hasText: '民事裁定书' }).first()
      await ruling.waitFor()
      expect(await ruling.getAttribute('data-read')).toBe('false')
      const download = page(who).waitForEvent('download')
      await ruling.locator('[data-testid^="inbox-open-"]').click()
      const file = await download
      downloads[who] = fs.readFileSync((await file.path()) as string)
      await screen
        .locator('[data-testid^="inbox-item-"][data-read="true"]')
        .filter({ hasText: '民事裁定书' })
        .first()
        .waitFor()
    }
    await saveScreenshot(page('respondent'), 'journey-ruling-opened')
    const rulingText = pdfText(downloads.applicant)
    expect(rulingText).toContain('民事裁定书')
    expect(rulingText).toContain('（2026）渝0107民特88号')
    expect(downloads.respondent.subarray(0, 4).toString('latin1')).toBe('%PDF')

    // 7. The staff see when each party received and opened each document (CPL 90).
    screen = await go('mediator', `/packages/inbox/pages/index/index?caseId=${caseId}`)
    const receipts = screen.locator('[data-testid^="receipt-"]')
    await receipts.first().waitFor()
    const rulingReceipts = screen
      .locator('.tj-section')
      .filter({ hasText: '民事裁定书' })
      .locator('[data-testid^="receipt-"]')
    expect(await rulingReceipts.count()).toBe(2)
    for (const receipt of await rulingReceipts.all()) await receipt.getByText('已读').waitFor()
    await saveScreenshot(page('mediator'), 'journey-receipts')

    // 8. The sealed agreement, served at sealing, downloaded from the inbox, verifies on the public page.
    screen = await go('applicant', '/packages/inbox/pages/index/index')
    const agreementCard = screen.locator('[data-testid^="inbox-item-"]').filter({ hasText: '人民调解协议书' }).first()
    await agreementCard.waitFor()
    const agreementDownload = page('applicant').waitForEvent('download')
    await agreementCard.locator('[data-testid^="inbox-open-"]').click()
    const agreementPdf = fs.readFileSync((await (await agreementDownload).path()) as string)
    const visitor = await openBrowser()
    try {
      await visitor.page.goto(`${e2eServer().baseUrl}/#/packages/verify/pages/index/index`)
      const verify = visiblePage(visitor.page)
      await verify
        .locator('input[type="file"]')
        .setInputFiles({ name: '协议.pdf', mimeType: 'application/pdf', buffer: agreementPdf })
      await verify.getByText('验证通过：文件真实、完整，签署记录有效').waitFor()
      await saveScreenshot(visitor.page, 'journey-verified')
    } finally {
      await visitor.close()
    }
  })
})

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-')), 'doc.pdf')
  fs.writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}
