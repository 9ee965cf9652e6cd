import type { Locator, Page } from 'playwright-core'
import { ENV_BASE_URL, ENV_SERVER_LOG } from './paths'
import { logOffset, waitForSmsCode } from './sms-codes'

export const ROUTES = {
  home: '/#/pages/home/index',
  me: '/#/pages/me/index',
  login: '/#/packages/auth/pages/login/index',
} as const

export function e2eServer(): { baseUrl: string; logFile: string } {
  const baseUrl = process.env[ENV_BASE_URL]
  const logFile = process.env[ENV_SERVER_LOG]
  if (!baseUrl || !logFile) throw new Error('e2e global setup did not run (use `npm run test:e2e`)')
  return { baseUrl, logFile }
}

/** The page currently shown: Taro's H5 router keeps other pages in the DOM, hidden with `taro_page_shade`. */
export const visiblePage = (page: Page): Locator => page.locator('.taro_page_show:not(.taro_page_shade)').last()

/** A NutUI button by its exact label (the button element takes the click, not its inner text node). */
export const button = (scope: Locator, label: string): Locator =>
  scope.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${label.replace(/[/]/g, '\\/')}\\s*$`) })

/**
 * Logs in the way a person does: the home page's 登录 / 注册 button, phone number, 获取验证码, the code
 * from the server log (the development SMS provider), 登录.
 */
export async function loginWithSms(page: Page, phone: string): Promise<void> {
  const { baseUrl, logFile } = e2eServer()
  await page.goto(`${baseUrl}${ROUTES.home}`)
  await button(visiblePage(page), '登录 / 注册').click()
  const form = visiblePage(page)
  await form.locator('input[name="phone"]').fill(phone)
  const before = logOffset(logFile)
  await button(form, '获取验证码').click()
  await form.getByText(/验证码已发送至/).waitFor()
  const code = await waitForSmsCode(logFile, phone, before)
  await form.locator('input[name="code"]').fill(code)
  await button(form, '登录').click()
  // Taro removes the login page once it has navigated back.
  await page.locator('.taro_page[id^="/packages/auth/pages/login"]').waitFor({ state: 'detached' })
}

/** Switches tab the way a person does, through the tab bar. */
export async function openTab(page: Page, label: '首页' | '我的案件' | '我的'): Promise<void> {
  await page
    .locator('.weui-tabbar__item')
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .click()
}

/** Computed font size in CSS pixels. */
export async function fontSizeOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
}
