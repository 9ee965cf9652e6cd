import type { Locator } from 'playwright-core'
import { openBrowser, saveScreenshot, type BrowserSession } from './support/browser'
import { button, loginWithSms, openTab, visiblePage } from './support/app'

/** A phone no other browser test uses: SMS login registers it as a new resident. */
const RESIDENT_PHONE = '13912340043'
const STORY =
  '我在九龙坡区杨家坪街道团结路社区附近的工地干活，包工头张某某拖欠我3万块工资，说好每月6000元，' +
  '今年6月以后就没再给过，我现在已经不在那里干了。'

/** The intake page's controls, found the way a person sees them. */
function intake(scope: Locator) {
  return {
    slot: () => scope.locator('[data-slot]').getAttribute('data-slot'),
    press: async (label: string) => scope.locator(`[aria-label="${label}"]`).first().click(),
    action: async (label: string) => scope.locator('.tj-intake-action').filter({ hasText: label }).click(),
    answerBox: () => scope.locator('textarea').last(),
  }
}

/** Answers whatever the robot asks with the control made for it, so the whole path is clicked through. */
async function answerCurrent(page: Locator): Promise<string> {
  const ui = intake(page)
  const slot = (await ui.slot()) as string
  const question = page.locator('[data-slot]')
  const before = await page.locator('[data-from="robot"]').count()
  if (await question.locator('.tj-intake-keypad').count()) {
    for (const key of '5000') await ui.press(key)
    await button(question, '确定').click()
  } else if (await question.locator('input[name="party-name"]').count()) {
    await question.locator('input[name="party-name"]').fill('张某某')
    await button(question, '确定').click()
  } else if (await question.locator('.tj-intake-date').count()) {
    await question.getByText('只记得月份').click()
    for (const field of await question.locator('.tj-intake-date__field').all()) {
      await field.click()
      await page.locator('.nut-picker-confirm-btn').last().click()
    }
    await button(question, '确定').click()
  } else if (await question.locator('.tj-intake-chip').count()) {
    await question.locator('.tj-intake-chip').first().click()
  } else if (await question.locator('input[name^="duration-"]').count()) {
    await question.locator('input[name="duration-years"]').fill('1')
    await button(question, '确定').click()
  } else {
    await ui.answerBox().fill(slot === 'evidence' ? '工资条、聊天记录' : '希望包工头尽快把工资结清')
    await button(page, '发送').click()
  }
  // Each answer brings at least one new robot bubble (the next question, or 问题都问完了).
  await page.locator('[data-from="robot"]').nth(before).waitFor()
  return slot
}

describe('intake in the browser', () => {
  let session: BrowserSession
  beforeEach(async () => {
    session = await openBrowser()
  })
  afterEach(async () => {
    await session.close()
  })

  it('a resident tells the story, answers the follow-ups, edits a fact, submits and sees the case', async () => {
    const { page } = session
    await loginWithSms(page, RESIDENT_PHONE)
    await visiblePage(page).locator('[role="button"]').filter({ hasText: '我要调解' }).click()

    const screen = visiblePage(page)
    await screen.locator('textarea').fill(STORY)
    await button(screen, '发送').click()
    await screen.getByText(/听起来是“欠薪”纠纷（把握 \d+%）/).waitFor()
    await screen.getByText('被拖欠金额：30,000元（3万元）').waitFor()
    await screen.getByText(/已填 \d+ \/ \d+ 项/).waitFor()
    await saveScreenshot(page, 'intake-first-question')

    const answered: string[] = []
    for (let turn = 0; turn < 25 && (await screen.locator('[data-slot]').count()) > 0; turn++) {
      answered.push(await answerCurrent(screen))
    }
    expect(answered.length).toBeGreaterThan(0)
    const summary = screen.getByTestId('intake-summary')
    await summary.waitFor()
    await screen.getByTestId('intake-routing').getByText('九龙坡区劳动争议人民调解委员会').waitFor()
    await saveScreenshot(page, 'intake-summary')

    // Edit one fact on the summary card: the amount owed
    await summary.locator('[aria-label="修改被拖欠金额"]').click()
    const editor = summary.locator('[data-editing="owed_amount"]')
    await editor.locator('[aria-label="清空"]').click()
    for (const key of '28000') await editor.locator(`[aria-label="${key}"]`).click()
    await editor.getByText('人民币贰万捌仟元整').waitFor()
    await button(editor, '确定').click()
    await summary.locator('[data-fact="owed_amount"]').getByText('28,000元（2.8万元）').waitFor()

    await button(screen, '确认提交').click()
    const detail = visiblePage(page)
    await detail.getByText('九龙坡区劳动争议人民调解委员会').waitFor()
    await saveScreenshot(page, 'intake-case-detail')

    // The case detail is not a tab page (no tab bar): go home the way the back button does, then to 我的案件.
    await page.goBack()
    await visiblePage(page).getByText('我要调解').waitFor()
    await openTab(page, '我的案件')
    const cases = visiblePage(page)
    await cases
      .getByText(/欠薪纠纷/)
      .first()
      .waitFor()
    await cases.getByText('九龙坡区劳动争议人民调解委员会').first().waitFor()
  })
})
