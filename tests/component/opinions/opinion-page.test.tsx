import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { Opinion } from '@contract/opinions'
import OpinionPage from '@/packages/opinion/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer, reply } from '../../support/fake-server'
import { makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { realOpinion } from './real-opinion'
import { flush } from '../../support/ui-actions'

const BASE = '/api/v1/cases/case-1/opinions'

function versionsOf(...opinions: Opinion[]) {
  return {
    items: opinions.map((o) => ({
      id: o.id,
      version: o.version,
      createdAt: o.createdAt,
      total: o.document.total.amount,
    })),
  }
}

const settle = () => flush(1)

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

async function renderPage() {
  const rendered = render(<OpinionPage />)
  await settle()
  return rendered
}

beforeEach(() => {
  testControls.reset()
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: false, activeRole: null })
  startSession(makeTokenPair(1))
  setRouterParams({ caseId: 'case-1' })
})

describe('opinion page', () => {
  it('shows the latest version: sections in order, amounts, settlement range, calculation table, limitations', async () => {
    const opinion = realOpinion(2)
    const server = fakeServer({
      [`GET ${BASE}/latest`]: () => reply(200, opinion),
      [`GET ${BASE}`]: () => reply(200, versionsOf(opinion, realOpinion(1))),
    })
    testControls.setRequestHandler(server.handler)
    await renderPage()

    const shown = Array.from(document.querySelectorAll('[data-section]')).map((node) =>
      node.getAttribute('data-section'),
    )
    expect(shown).toEqual(opinion.document.sections.map((section) => section.key))
    expect(screen.getByText('¥ 42,000.00 元')).toBeTruthy()
    const range = screen.getByTestId('settlement-range')
    expect(range.textContent).toContain('33,600.00 元 至 42,000.00 元')
    expect(range.textContent).toContain('人民币叁万叁仟陆佰元整')

    const row = document.querySelector('[data-row="经济补偿"]') as HTMLElement
    expect(within(row).getByText('计算方式')).toBeTruthy()
    expect(within(row).getByText(/经济补偿 = 6000 元 × 7 个月/)).toBeTruthy()
    expect(within(row).getAllByText('42000.00')).toHaveLength(2) // 金额 and 应承担金额 at 100 %

    const limitations = document.querySelector('[data-section="limitations"]') as HTMLElement
    expect(within(limitations).getByText(/不具有法律约束力/)).toBeTruthy()
    expect(screen.getByText('第 2 版（当前查看）')).toBeTruthy()
    expect(server.requests.every((request) => request.authorization === 'Bearer access-1')).toBe(true)
  })

  it('expands a cited article to show its summary, and folds it again', async () => {
    const opinion = realOpinion(1)
    testControls.setRequestHandler(
      fakeServer({
        [`GET ${BASE}/latest`]: () => reply(200, opinion),
        [`GET ${BASE}`]: () => reply(200, versionsOf(opinion)),
      }).handler,
    )
    await renderPage()

    const article = screen.getByText('《劳动合同法》第四十七条').closest('[role="button"]') as HTMLElement
    expect(article.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText(/经济补偿按劳动者在本单位工作的年限/)).toBeNull()

    await click(article)
    expect(article.getAttribute('aria-expanded')).toBe('true')
    const law = article.parentElement as HTMLElement
    const summary = opinion.document.sections
      .flatMap((section) => section.blocks)
      .find((block) => block.type === 'law' && block.article === '第四十七条')
    expect(summary?.type === 'law' && within(law).getByText(summary.summary)).toBeTruthy()

    await click(article)
    expect(article.getAttribute('aria-expanded')).toBe('false')
  })

  it('generates the first version, and names the missing facts when the server refuses', async () => {
    let calls = 0
    const created = realOpinion(1)
    const server = fakeServer({
      [`GET ${BASE}/latest`]: () => reply(404, { code: 'OPINION_NOT_FOUND', message: '该案件尚未生成法律意见书' }),
      [`GET ${BASE}`]: () => reply(200, calls > 1 ? versionsOf(created) : { items: [] }),
      [`POST ${BASE}`]: () => {
        calls += 1
        if (calls === 1) {
          return reply(422, {
            code: 'OPINION_FACTS_MISSING',
            message: '生成法律意见书所需的事实不完整：缺少被申请人、缺少可计算的赔偿或补偿项目',
            details: [
              { field: 'parties', message: '缺少被申请人' },
              { field: 'calculations', message: '缺少可计算的赔偿或补偿项目' },
            ],
          })
        }
        return reply(201, created)
      },
    })
    testControls.setRequestHandler(server.handler)
    await renderPage()

    expect(screen.getByText('尚未生成法律意见书')).toBeTruthy()
    expect(screen.queryByText('下载PDF')).toBeNull()
    await click(screen.getByText('生成法律意见书'))
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('· 缺少被申请人')).toBeTruthy()
    expect(within(alert).getByText('· 缺少可计算的赔偿或补偿项目')).toBeTruthy()

    await click(screen.getByText('生成法律意见书'))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('五、适用的法律')).toBeTruthy()
    expect(screen.getByText('第 1 版（当前查看）')).toBeTruthy()
    expect(screen.getByText('下载PDF')).toBeTruthy()
  })

  it('opens an earlier version from the version list', async () => {
    const latest = realOpinion(2, 8000)
    const first = realOpinion(1)
    const server = fakeServer({
      [`GET ${BASE}/latest`]: () => reply(200, latest),
      [`GET ${BASE}`]: () => reply(200, versionsOf(latest, first)),
      [`GET ${BASE}/1`]: () => reply(200, first),
    })
    testControls.setRequestHandler(server.handler)
    await renderPage()
    expect(screen.getByText('¥ 56,000.00 元')).toBeTruthy()

    await click(screen.getByText('第 1 版'))
    expect(screen.getByText('¥ 42,000.00 元')).toBeTruthy()
    expect(screen.getByText('第 1 版（当前查看）')).toBeTruthy()
  })

  it('downloads the PDF in the browser with the bearer token, under the case number', async () => {
    const opinion = realOpinion(3)
    testControls.setRequestHandler(
      fakeServer({
        [`GET ${BASE}/latest`]: () => reply(200, opinion),
        [`GET ${BASE}`]: () => reply(200, versionsOf(opinion)),
      }).handler,
    )
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' })
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => pdf }))
    const saved: { href: string; download: string }[] = []
    Object.assign(globalThis, { fetch: fetchMock })
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:opinion'), revokeObjectURL: jest.fn() })
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download })
    })
    await renderPage()

    await act(async () => {
      fireEvent.click(screen.getByText('下载PDF'))
    })
    await settle()

    expect(fetchMock).toHaveBeenCalledWith('http://api.test/api/v1/cases/case-1/opinions/3/pdf', {
      headers: { Authorization: 'Bearer access-1' },
    })
    expect(URL.createObjectURL).toHaveBeenCalledWith(pdf)
    expect(saved).toEqual([{ href: 'blob:opinion', download: '法律意见书-TJ-2026-000042-v3.pdf' }])
    expect(screen.getByText('PDF 已下载。')).toBeTruthy()
    click.mockRestore()
  })

  it('asks a visitor to log in', async () => {
    useAuthStore.getState().clearSession()
    await renderPage()
    expect(screen.getByText('登录后才能查看法律意见书。')).toBeTruthy()
  })

  it('generates with the calculation handed over by the calculator, and points to the calculator when none exists', async () => {
    const handedOver = [{ kind: 'notice-pay', input: { monthlyWage: 5000 } }]
    const server = fakeServer({
      [`GET ${BASE}/latest`]: () => reply(404, { code: 'OPINION_NOT_FOUND', message: '该案件尚未生成法律意见书' }),
      [`GET ${BASE}`]: () => reply(200, { items: [] }),
      [`POST ${BASE}`]: (request) =>
        (request.body as { calculations?: unknown }).calculations
          ? reply(201, realOpinion(1))
          : reply(422, {
              code: 'OPINION_FACTS_MISSING',
              message: '生成法律意见书所需的事实不完整：缺少可计算的赔偿或补偿项目',
              details: [{ field: 'calculations', message: '缺少可计算的赔偿或补偿项目' }],
            }),
    })
    testControls.setRequestHandler(server.handler)
    const first = await renderPage()

    await click(screen.getByText('生成法律意见书'))
    await click(screen.getByText('用赔偿计算器测算'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/calculator/pages/index/index?caseId=case-1' })

    setRouterParams({ caseId: 'case-1', calculations: encodeURIComponent(JSON.stringify(handedOver)) })
    first.unmount()
    await renderPage()
    expect(screen.getByText('将按计算器中的 1 项计算生成新版本。')).toBeTruthy()
    await click(screen.getByText('生成法律意见书'))
    expect(server.requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({ calculations: handedOver })
    expect(screen.getByText('五、适用的法律')).toBeTruthy()
  })
})
