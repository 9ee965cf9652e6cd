import type { Page } from 'playwright-core'
import { e2eServer } from './app'
import { logOffset, waitForSmsCode } from './sms-codes'

export type Json = Record<string, any>

/** Demo accounts of the seed (server/src/db/seed): residents, officer, mediator, committee admin, court clerk. */
export const DEMO_PHONES = {
  applicant: '13800000001',
  respondent: '13800000002',
  police: '13800000003',
  mediator: '13800000004',
  admin: '13800000005',
  clerk: '13800000006',
} as const

/** Calls the real API the way a script would; throws with the server's answer when it is not 2xx. */
export async function api(
  path: string,
  token: string | null,
  body?: Json,
  method = body ? 'POST' : 'GET',
): Promise<Json> {
  const { baseUrl } = e2eServer()
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json().catch(() => ({}))) as Json
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** The access token the app stored after login (Taro keeps it in localStorage under the auth store's key). */
export async function accessTokenOf(page: Page): Promise<string> {
  const stored = await page.evaluate(() => window.localStorage.getItem('tiaojie-auth') ?? '')
  const token = /\\?"accessToken\\?":\\?"([^"\\]+)/.exec(stored)?.[1]
  if (!token) throw new Error('no access token in localStorage after login')
  return token
}

/** SMS login through the API, reading the code from the development SMS log as a developer would. */
export async function apiLogin(phone: string): Promise<{ token: string; userId: string }> {
  const { logFile } = e2eServer()
  const before = logOffset(logFile)
  await api('/auth/sms/send', null, { phone })
  const code = await waitForSmsCode(logFile, phone, before)
  const pair = await api('/auth/sms/login', null, { phone, code })
  return { token: pair.accessToken, userId: pair.user.id }
}

/** A signature drawn with the mouse: two strokes across the pad (its bounding box). */
export async function drawSignature(page: Page, canvasBox: { x: number; y: number; width: number; height: number }) {
  for (const row of [0.35, 0.65]) {
    await page.mouse.move(canvasBox.x + canvasBox.width * 0.15, canvasBox.y + canvasBox.height * row)
    await page.mouse.down()
    await page.mouse.move(canvasBox.x + canvasBox.width * 0.5, canvasBox.y + canvasBox.height * (row - 0.15), {
      steps: 8,
    })
    await page.mouse.move(canvasBox.x + canvasBox.width * 0.85, canvasBox.y + canvasBox.height * row, { steps: 8 })
    await page.mouse.up()
  }
}
