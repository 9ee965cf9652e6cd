import { openBrowser, saveScreenshot, type BrowserSession } from './support/browser'
import { fontSizeOf, loginWithSms, openTab, ROUTES, visiblePage } from './support/app'

/** Demo accounts seeded by the server (server/src/db/seed). */
const RESIDENT = { phone: '13800000001', name: '王秀英' }
const MEDIATOR = { phone: '13800000004', name: '刘芳' }
/** A second resident: the server refuses a new code to the same phone within a minute, as it should. */
const CARE_MODE_USER = { phone: '13800000002', name: '李建国' }

describe('foundation in the browser (H5 build served by the real server)', () => {
  let session: BrowserSession
  beforeEach(async () => {
    session = await openBrowser()
  })
  afterEach(async () => {
    await session.close()
  })

  it('a resident logs in with an SMS code and sees the resident home page', async () => {
    const { page } = session
    await loginWithSms(page, RESIDENT.phone)
    const home = visiblePage(page)
    await home.getByText(`${RESIDENT.name}，您好（居民）`).waitFor()
    await home.getByText('我要调解').waitFor()
    expect(page.url()).toContain(ROUTES.home.slice(1))
    expect(await home.getByText('待办案件').count()).toBe(0)
    await saveScreenshot(page, 'resident-home')
  })

  it('a mediator logs in and sees the mediator home page', async () => {
    const { page } = session
    await loginWithSms(page, MEDIATOR.phone)
    const home = visiblePage(page)
    await home.getByText(`${MEDIATOR.name}，您好（调解员）`).waitFor()
    await home.getByText('待办案件').waitFor()
    await home.getByText('今日调解').waitFor()
    expect(await home.getByText('我要调解').count()).toBe(0)
    await saveScreenshot(page, 'mediator-home')
  })

  it('care mode enlarges the text and is saved to the account', async () => {
    const { page } = session
    await loginWithSms(page, CARE_MODE_USER.phone)
    const greeting = visiblePage(page).getByText(`${CARE_MODE_USER.name}，您好（居民）`)
    await greeting.waitFor()
    const bodyTextBefore = await fontSizeOf(visiblePage(page).getByText('有纠纷，找调解。人民调解不收费。'))
    const titleBefore = await fontSizeOf(greeting)
    await saveScreenshot(page, 'care-mode-off')

    await openTab(page, '我的')
    const me = visiblePage(page)
    await me.getByText('关怀模式', { exact: true }).waitFor()
    const saved = page.waitForResponse((res) => res.url().endsWith('/api/v1/me/settings') && res.ok())
    await me.locator('.nut-switch').click()
    expect((await (await saved).json()).settings.careMode).toBe(true)
    await me.locator('[data-care-mode="on"]').first().waitFor()

    await openTab(page, '首页')
    const home = visiblePage(page)
    const greetingAfter = home.getByText(`${CARE_MODE_USER.name}，您好（居民）`)
    await greetingAfter.waitFor()
    await home.locator('[data-care-mode="on"]').first().waitFor()
    const bodyTextAfter = await fontSizeOf(home.getByText('有纠纷，找调解。人民调解不收费。'))
    const titleAfter = await fontSizeOf(greetingAfter)
    await saveScreenshot(page, 'care-mode-on')

    // Larger by a clear margin, not a rounding difference.
    console.log(
      `care mode font sizes: body ${bodyTextBefore} → ${bodyTextAfter} px, title ${titleBefore} → ${titleAfter} px`,
    )
    expect(bodyTextAfter).toBeGreaterThanOrEqual(bodyTextBefore * 1.15)
    expect(titleAfter).toBeGreaterThanOrEqual(titleBefore * 1.15)
  })
})
