import { cleanup, screen, within } from '@testing-library/react'
import { click, clickText } from '../agreement/agreement-helpers'
import { BASE, recordApi } from './record-api'
import { openAs, resetApp, writes } from './record-helpers'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../agreement/agreement-helpers').TextareaDouble,
}))

beforeEach(resetApp)

const confirmButton = () => screen.getByText('确认笔录').closest('button') as HTMLButtonElement

describe('mediation record (parties)', () => {
  it('tells a party when there is no record yet, with nothing to generate', async () => {
    await openAs('applicant', recordApi({ myRole: 'applicant' }))
    expect(screen.getByText('调解笔录尚未生成')).toBeTruthy()
    expect(screen.queryByText('生成调解笔录')).toBeNull()
  })

  it('reads the record in plain words, read-only, with the exact confirmed text one tap away', async () => {
    const server = recordApi({ myRole: 'applicant' })
    const shown = server.generate()
    await openAs('applicant', server)

    expect(screen.getByText('调解员与本案有没有利害关系')).toBeTruthy()
    expect(screen.getByText(/调解中的让步，不会在以后的诉讼中被当作对您不利的证据/)).toBeTruthy()
    expect(screen.queryByText('利益冲突披露（《人民法院在线调解规则》第十三条）')).toBeNull()
    expect(screen.queryByText('修改笔录')).toBeNull()
    expect(screen.queryByText('记录调解结果')).toBeNull()

    await clickText('查看笔录全文（确认的就是这段文字）')
    expect(screen.getByLabelText('笔录全文').textContent).toBe(shown.text)
  })

  it('confirms the exact version and hash shown, and sees who has confirmed and when', async () => {
    const server = recordApi({ myRole: 'applicant' })
    const shown = server.generate()
    server.confirmAs('mediator')
    await openAs('applicant', server)

    expect(screen.getByText('调解员 李调解：已确认（2026-11-26 10:30）')).toBeTruthy()
    expect(confirmButton().className).toContain('nut-button-disabled')
    await click(confirmButton())
    expect(writes(server)).toEqual([])

    await click(screen.getByRole('checkbox', { name: /我已阅读第 1 版笔录全文/ }))
    await click(confirmButton())
    const sent = writes(server).find((r) => r.path === `${BASE}/mediation-record/confirm`)
    expect(sent?.body).toEqual({ version: 1, sha256: shown.sha256 })
    expect(screen.getByText('申请人 王秀英：已确认（2026-11-26 10:30）')).toBeTruthy()
    expect(screen.getByText('被申请人 某物流有限公司：未确认')).toBeTruthy()
    expect(screen.queryByText('确认笔录')).toBeNull()

    server.confirmAs('respondent')
    cleanup()
    await openAs('applicant', server)
    expect(screen.getByText('各方已于 2026-11-26 10:30 确认第 1 版笔录。')).toBeTruthy()
  })

  it('reports a confirmation refused because the mediator changed the record meanwhile, then shows the newest', async () => {
    const server = recordApi({ myRole: 'respondent' })
    server.generate()
    await openAs('respondent', server)
    server.edit({ proposals: '被申请人分两期支付12000元。' })

    await click(screen.getByRole('checkbox', { name: /我已阅读第 1 版笔录全文/ }))
    await clickText('确认笔录')
    expect(screen.getByRole('alert').textContent).toBe('调解笔录已有更新的版本，请刷新后阅读最新版本再确认或修改')

    await clickText('阅读最新版本')
    expect(within(screen.getByLabelText('调解笔录')).getByText(/第 2 版（最新）/)).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: /我已阅读第 2 版笔录全文/ })).toBeTruthy()
  })

  it('opens an older version read-only and returns to the newest', async () => {
    const server = recordApi({ myRole: 'applicant' })
    server.generate()
    server.edit({ proposals: '被申请人分两期支付12000元。' })
    await openAs('applicant', server)

    await click(screen.getByRole('button', { name: '查看第 1 版' }))
    expect(within(screen.getByLabelText('调解笔录')).getByText(/第 1 版（已被新版本取代）/)).toBeTruthy()
    expect(screen.queryByText('确认笔录')).toBeNull()
    await clickText('回到最新版本')
    expect(within(screen.getByLabelText('调解笔录')).getByText(/第 2 版（最新）/)).toBeTruthy()
  })

  it('keeps care mode on the page so the record reads in large type', async () => {
    const server = recordApi({ myRole: 'applicant' })
    server.generate()
    const { container } = await openAs('applicant', server, 'record', true)
    expect(container.querySelector('[data-care-mode="on"]')).not.toBeNull()
  })

  it('downloads the PDF of the version on screen in the browser, with the bearer token', async () => {
    const server = recordApi({ myRole: 'applicant' })
    server.generate()
    await openAs('applicant', server)
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' })
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => pdf }))
    const saved: { href: string; download: string }[] = []
    Object.assign(globalThis, { fetch: fetchMock })
    Object.assign(URL, { createObjectURL: () => 'blob:record', revokeObjectURL: () => undefined })
    const clickSpy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download })
    })

    await clickText('下载第 1 版笔录 PDF')
    expect(fetchMock).toHaveBeenCalledWith('http://api.test/api/v1/cases/case-1/mediation-record/pdf?version=1', {
      headers: { Authorization: 'Bearer access-1' },
    })
    expect(saved).toEqual([{ href: 'blob:record', download: '调解笔录-TJ-2026-000042-v1.pdf' }])
    expect(screen.getByText('PDF 已下载。')).toBeTruthy()
    clickSpy.mockRestore()
  })
})
