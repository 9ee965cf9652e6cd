import type { Locator, Page } from 'playwright-core'
import { openBrowser, saveScreenshot, type BrowserSession } from './support/browser'
import { button, e2eServer, loginWithSms, visiblePage } from './support/app'

/** Phones no other browser test logs in with (the server refuses a second code to one phone within a minute). */
const OFFICER = '13800000003'
/** 周强: mediator and admin of the labour committee the routing recommends for unpaid wages. */
const STAFF = '13800000008'
const APPLICANT = { phone: '13912340051', name: '李四' }
const RESPONDENT = { phone: '13912340052', name: '王五' }

const field = (scope: Locator, name: string) => scope.locator(`[data-field="${name}"]`)

async function fillReferral(form: Locator): Promise<void> {
  await field(form, 'incidentNumber').locator('input').fill(`J500107${Date.now()}`)
  await form.getByRole('radio', { name: '欠薪' }).click()
  await form.getByRole('radio', { name: '杨家坪街道' }).click()
  await form.getByRole('radio', { name: '团结路社区' }).click()
  await field(form, 'facts')
    .locator('textarea')
    .fill('王五承包的工地拖欠李四工资8000元，双方在工地发生争执，民警到场劝开。')
  await field(form, 'applicant.name').locator('input').fill(APPLICANT.name)
  await field(form, 'applicant.phone').locator('input').fill(APPLICANT.phone)
  await field(form, 'respondent.name').locator('input').fill(RESPONDENT.name)
  await field(form, 'respondent.phone').locator('input').fill(RESPONDENT.phone)
  await form.getByRole('radio', { name: /九龙坡区劳动争议人民调解委员会/ }).waitFor()
}

/** Opens a share link the way a phone does after scanning, and waits for the case it claims. */
async function claim(page: Page, link: string, phone: string, respondent = false): Promise<string> {
  await loginWithSms(page, phone)
  await page.goto(link)
  // Mediation is voluntary: the respondent agrees first (PML 17).
  if (respondent) await button(visiblePage(page), '同意调解').click()
  // The claim page opens the case as soon as the claim succeeds.
  await page.waitForURL(/packages\/case\/pages\/detail\/index\?id=/)
  await visiblePage(page).getByText('事实清单').waitFor()
  return new URL(page.url().replace('/#/', '/')).searchParams.get('id') as string
}

async function enterRoom(page: Page, caseId: string): Promise<Locator> {
  const { baseUrl } = e2eServer()
  await page.goto(`${baseUrl}/#/packages/session/pages/room/index?caseId=${caseId}`)
  const room = visiblePage(page)
  await room.locator('.tj-composer').waitFor()
  return room
}

async function say(room: Locator, text: string): Promise<void> {
  await room.locator('input[name="message"]').fill(text)
  await button(room, '发送').click()
}

describe('police referral to a live mediation session (H5, four people)', () => {
  const sessions: BrowserSession[] = []
  const open = async () => {
    const session = await openBrowser({ fakeMicrophone: true })
    sessions.push(session)
    return session.page
  }
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close()
  })

  it('an officer refers, both parties claim, the committee assigns, all three talk, a caucus, the record is confirmed', async () => {
    const { baseUrl } = e2eServer()

    // The officer refers the dispute and gets one link per party.
    const officer = await open()
    await loginWithSms(officer, OFFICER)
    await officer.goto(`${baseUrl}/#/packages/police/pages/refer/index`)
    const form = visiblePage(officer)
    await fillReferral(form)
    await button(form, '提交转介').click()
    const result = visiblePage(officer)
    await result.getByText('转介成功').waitFor()
    const linkOf = async (role: string) =>
      (await result.locator(`.tj-ref-link[data-party="${role}"] .tj-ref-link__url`).textContent())?.trim() ?? ''
    const applicantLink = await linkOf('applicant')
    const respondentLink = await linkOf('respondent')
    expect(applicantLink).toMatch(/#\/packages\/invitation\/pages\/claim\/index\?token=[\w-]{16,}$/)
    expect(await result.locator('.tj-ref-link img[src^="data:image/svg+xml"]').count()).toBe(2)
    await saveScreenshot(officer, 'referral-result')

    // Each party claims their own side from their own link.
    const applicant = await open()
    const respondent = await open()
    const caseId = await claim(applicant, applicantLink, APPLICANT.phone)
    expect(await claim(respondent, respondentLink, RESPONDENT.phone, true)).toBe(caseId)

    // The committee admin accepts and assigns; the mediator (same person here) accepts the case.
    const staff = await open()
    await loginWithSms(staff, STAFF)
    await staff.goto(`${baseUrl}/#/packages/mediator/pages/committee/index`)
    const desk = visiblePage(staff).locator(`[data-case="${caseId}"]`)
    await button(desk, '受理').click()
    await desk.getByText(/剩余 \d+ 天/).waitFor()
    await button(desk, '分派调解员').click()
    await button(desk.locator('.tj-assign__candidate').filter({ hasText: '周强' }), '分派').click()
    await desk.getByText('调解员 周强：待确认').waitFor()
    await staff.goto(`${baseUrl}/#/packages/mediator/pages/cases/index`)
    const myCase = visiblePage(staff).locator(`[data-case="${caseId}"]`)
    await button(myCase, '接受').click()
    await button(myCase, '进入调解室').click()

    // All three in the joint room.
    const mediatorRoom = visiblePage(staff)
    await mediatorRoom.locator('.tj-composer').waitFor()
    const applicantRoom = await enterRoom(applicant, caseId)
    const respondentRoom = await enterRoom(respondent, caseId)
    await mediatorRoom.getByText('申请人进入调解室', { exact: true }).waitFor()
    await mediatorRoom.getByText('被申请人进入调解室').waitFor()

    await say(mediatorRoom, '双方好，我们开始调解。')
    await applicantRoom.getByText('双方好，我们开始调解。').waitFor()
    await respondentRoom.getByText('双方好，我们开始调解。').waitFor()
    await say(applicantRoom, '他还欠我8000元工资。')
    await say(respondentRoom, '我最多先付5000元。')
    for (const room of [mediatorRoom, applicantRoom, respondentRoom]) {
      await room.getByText('他还欠我8000元工资。').waitFor()
      await room.getByText('我最多先付5000元。').waitFor()
    }
    // Each message once, in the same order for everyone.
    const texts = (room: Locator) => room.locator('.tj-msg__bubble').allTextContents()
    expect(await texts(applicantRoom)).toEqual(await texts(respondentRoom))
    expect(await texts(mediatorRoom)).toEqual(await texts(applicantRoom))
    await saveScreenshot(applicant, 'session-joint-applicant')

    // A voice message from the applicant (Chromium's fake microphone, MediaRecorder → WebM), heard by the mediator.
    await button(applicantRoom, '语音').click()
    await applicantRoom.getByText('按住 说话').click() // a mouse click records until 发送 / 取消
    await applicantRoom.getByText(/正在录音 0:0[2-9]/).waitFor()
    await saveScreenshot(applicant, 'session-voice-recording')
    await button(applicantRoom, '发送').click()
    const voiceBubble = (room: Locator) => room.getByRole('button', { name: /^语音 \d+ 秒/ })
    for (const room of [mediatorRoom, respondentRoom, applicantRoom]) await voiceBubble(room).waitFor()
    expect(await applicantRoom.locator('[role="alert"]').count()).toBe(0)
    await voiceBubble(mediatorRoom).click()
    await mediatorRoom.locator('.tj-voice-bubble--playing').waitFor()
    await saveScreenshot(staff, 'session-voice-playing')
    await button(applicantRoom, '打字').click()

    // 背靠背 with the applicant, picked by name: the respondent does not see it.
    await button(mediatorRoom, `与${APPLICANT.name}（申请人）单独沟通`).click()
    await mediatorRoom.getByRole('tab', { name: `背靠背 · ${APPLICANT.name}`, selected: true }).waitFor()
    await say(mediatorRoom, '单独问一下，6500元您能接受吗？')
    const applicantAgain = await enterRoom(applicant, caseId)
    await applicantAgain.getByRole('tab', { name: /背靠背/ }).click()
    await applicantAgain.getByText('单独问一下，6500元您能接受吗？').waitFor()
    await saveScreenshot(staff, 'session-caucus-mediator')
    expect(await respondentRoom.getByText('单独问一下，6500元您能接受吗？').count()).toBe(0)
    expect(await respondentRoom.getByRole('tab', { name: /背靠背/ }).count()).toBe(0)

    // The mediator writes up the session from the room: the parties' own words are in it, the caucus is not.
    await button(mediatorRoom, '调解笔录').click()
    let record = visiblePage(staff)
    await button(record, '生成调解笔录').click()
    await record.getByText('确认情况').waitFor()
    await record
      .getByText(/他还欠我8000元工资/)
      .first()
      .waitFor()
    expect(await record.getByText(/6500元您能接受吗/).count()).toBe(0)
    // Both parties and the mediator confirm the same version.
    for (const page of [applicant, respondent, staff]) {
      await page.goto(`${baseUrl}/#/packages/record/pages/index/index?caseId=${caseId}`)
      record = visiblePage(page)
      await record.getByText(/我已阅读第 1 版笔录全文/).click()
      await button(record, '确认笔录').click()
      await record
        .getByText(/已确认（/)
        .first()
        .waitFor()
    }
    await record.getByText(/各方已于 .* 确认第 1 版笔录/).waitFor()
    await saveScreenshot(staff, 'session-record-confirmed')
  })
})
