import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './paths'

/** Flags for a quiet, reproducible headless Chromium in a container (no sandbox, no GPU, no background calls). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function assertChromiumInstalled(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH). Browser tests never skip silently.',
    )
  }
}

export interface BrowserSession {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/** Chromium's fake microphone (a beep), granted without a prompt: for voice recording in the H5 app. */
const FAKE_MICROPHONE_ARGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']

export interface BrowserOptions {
  fakeMicrophone?: boolean
}

/** A fresh browser profile (new --user-data-dir) per test, with a phone-sized viewport. */
export async function openBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  assertChromiumInstalled()
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-e2e-profile-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: options.fakeMicrophone ? [...CHROMIUM_ARGS, ...FAKE_MICROPHONE_ARGS] : CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  return {
    context,
    page,
    async close() {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
      if (problems.length > 0) throw new Error(`the page raised errors:\n${problems.join('\n')}`)
    },
  }
}

/** Saves a full-page screenshot under artifacts/e2e/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  // Page transitions slide for ~300 ms; capture the settled screen, not the middle of the slide.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
