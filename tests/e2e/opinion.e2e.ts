import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { openBrowser, saveScreenshot, type BrowserSession } from './support/browser'
import { button, e2eServer, loginWithSms, visiblePage } from './support/app'

type Json = Record<string, any>

/** A phone no other browser test uses: SMS login registers it as a new resident. */
const RESIDENT_PHONE = '13912340042'
const WAGE_STORY =
  '我在九龙坡区杨家坪街道团结路社区附近的重庆某建筑劳务有限公司工地干活，2025年3月1日进场，每月工资6000元，' +
  '老板一直拖欠工资，到现在还欠我18000元没给。'

/** A plausible answer for any intake question, so the conversation runs to the end. */
function answerFor(question: Json): Json {
  switch (question.kind) {
    case 'dispute_type':
    case 'choice':
      return { value: question.choices[0].value }
    case 'money':
      return { value: 5000 }
    case 'date':
      return { value: '2025-06-01' }
    case 'date_range':
      return { value: '2025-03/2025-06' }
    case 'duration':
      return { value: 'P1Y' }
    case 'party':
      return { value: { name: '王某', kind: 'person' } }
    case 'evidence':
      return { value: ['工资条'] }
    default:
      return { text: question.slot === 'location' ? '九龙坡区杨家坪街道团结路社区' : '希望对方尽快支付' }
  }
}

/** The access token the app stored after login (Taro keeps it in localStorage under the auth store's key). */
async function accessTokenOf(page: Page): Promise<string> {
  const stored = await page.evaluate(() => window.localStorage.getItem('tiaojie-auth') ?? '')
  const token = /\\?"accessToken\\?":\\?"([^"\\]+)/.exec(stored)?.[1]
  if (!token) throw new Error('no access token in localStorage after login')
  return token
}

/** Files a case the way the intake conversation does, through the intake API. */
async function fileCase(token: string): Promise<string> {
  const { baseUrl } = e2eServer()
  const call = async (path: string, body: Json): Promise<Json> => {
    const response = await fetch(`${baseUrl}/api/v1/intake${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    })
    const json = (await response.json()) as Json
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  let session = await call('/sessions', { narrative: WAGE_STORY })
  for (let turn = 0; turn < 40 && session.question; turn++) {
    session = await call(`/sessions/${session.id}/answers`, answerFor(session.question))
  }
  const submitted = await call(`/sessions/${session.id}/submit`, {})
  return submitted.case.id as string
}

describe('legal opinion in the browser', () => {
  let session: BrowserSession
  beforeEach(async () => {
    session = await openBrowser()
  })
  afterEach(async () => {
    await session.close()
  })

  it('a resident calculates for a case, generates the opinion, reads an article and downloads the PDF', async () => {
    const { page } = session
    const { baseUrl } = e2eServer()
    await loginWithSms(page, RESIDENT_PHONE)
    await visiblePage(page).getByText('我能获得多少赔偿？').waitFor()
    const caseId = await fileCase(await accessTokenOf(page))

    // The calculator, opened from the case for one kind
    await page.goto(`${baseUrl}/#/packages/calculator/pages/index/index?caseId=${caseId}&kind=notice-pay`)
    const calculator = visiblePage(page)
    await calculator.getByText(/已根据案件 .+ 的信息预先填写/).waitFor()
    // 每月工资6000元 in the story, taken from the intake answers
    expect(await calculator.locator('input[name="monthlyWage"]').inputValue()).toBe('6000')
    await button(calculator, '开始计算').click()
    await calculator.getByText('人民币陆仟元整').waitFor()
    await button(calculator, '用此结果生成法律意见书').click()

    // The opinion page, generating the first version with that calculation
    const opinion = visiblePage(page)
    await opinion.getByText('将按计算器中的 1 项计算生成新版本。').waitFor()
    await button(opinion, '生成法律意见书').click()
    await opinion.getByText('五、适用的法律').waitFor()
    await opinion.getByText('第 1 版（当前查看）').waitFor()

    const article = opinion.locator('.tj-opinion-law__head').first()
    await article.click()
    await opinion.locator('.tj-opinion-law__summary').first().waitFor()
    await saveScreenshot(page, 'opinion-article-expanded')

    const download = page.waitForEvent('download')
    await button(opinion, '下载PDF').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^法律意见书-.+-v1\.pdf$/)
    const pdf = fs.readFileSync((await file.path()) as string)
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF')
    await opinion.getByText('PDF 已下载。').waitFor()
  })
})
