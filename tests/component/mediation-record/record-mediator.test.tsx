import { screen, within } from '@testing-library/react'
import Taro from '../../support/taro-double'
import { click, clickText, field, fieldInput, typeInto } from '../agreement/agreement-helpers'
import { BASE, recordApi } from './record-api'
import { openAs, resetApp, writes } from './record-helpers'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../agreement/agreement-helpers').TextareaDouble,
}))

beforeEach(resetApp)

describe('mediation record (mediator)', () => {
  it('generates the first version and shows it section by section', async () => {
    const server = recordApi({ myRole: 'staff' })
    await openAs('mediator', server)
    expect(screen.getByText('尚未生成调解笔录')).toBeTruthy()
    await clickText('生成调解笔录')

    expect(writes(server).map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${BASE}/mediation-record`])
    const record = screen.getByLabelText('调解笔录')
    expect(within(record).getByText(/第 1 版（最新）/)).toBeTruthy()
    const basics = document.querySelector('[data-section="basics"]') as HTMLElement
    expect(within(basics).getByText('TJ-2026-000042')).toBeTruthy()
    expect(within(basics).getByText('文字调解')).toBeTruthy()
    const participants = document.querySelector('[data-section="participants"]') as HTMLElement
    expect(within(participants).getByText(/申请人 王秀英/)).toBeTruthy()
    expect(within(participants).getAllByText(/已核验：已实名认证/).length).toBeGreaterThan(0)
    const statements = document.querySelector('[data-party="p-resp"]') as HTMLElement
    expect(within(statements).getByText(/公司确实欠了，但是现在没钱。/)).toBeTruthy()
    // the mediator reads the document's own headings, with the rule each section comes from
    expect(screen.getByText('利益冲突披露（《人民法院在线调解规则》第十三条）')).toBeTruthy()
    expect(screen.getByText('申请人 王秀英：未确认')).toBeTruthy()
  })

  it('edits the editable sections and saves them as a new version on top of the one edited', async () => {
    const server = recordApi({ myRole: 'staff' })
    server.generate()
    server.confirmAs('applicant')
    await openAs('mediator', server)
    expect(screen.getByText(/申请人 王秀英：已确认（2026-11-26 10:30）/)).toBeTruthy()

    await clickText('修改笔录')
    expect(screen.getByText('修改调解笔录（基于第 1 版）')).toBeTruthy()
    typeInto('place', '九杨街道人民调解委员会调解室')
    await click(within(field('mode')).getByRole('radio', { name: '视频调解' }))
    typeInto('agreedFacts', '申请人2026年3月起在被申请人处工作\n被申请人拖欠6月至8月工资')
    typeInto('lawExplanation', '用人单位应当按时足额支付劳动报酬（《劳动合同法》第三十条）。')
    await clickText('添加证据')
    typeInto('evidence.1.name', '劳动合同')
    typeInto('evidence.1.producedBy', '申请人 王秀英')
    await clickText('保存为新版本')

    const put = writes(server).find((r) => r.method === 'PUT')
    const sent = put?.body as { baseVersion: number; content: Record<string, any> }
    expect(sent.baseVersion).toBe(1)
    expect(sent.content.place).toBe('九杨街道人民调解委员会调解室')
    expect(sent.content.mode).toBe('video')
    expect(sent.content.agreedFacts).toEqual(['申请人2026年3月起在被申请人处工作', '被申请人拖欠6月至8月工资'])
    expect(sent.content.evidence).toEqual([
      { fileId: 'f-1', name: '工资条.jpg', producedBy: '申请人 王秀英', note: '' },
      { fileId: null, name: '劳动合同', producedBy: '申请人 王秀英', note: '' },
    ])

    const record = screen.getByLabelText('调解笔录')
    expect(within(record).getByText(/第 2 版（最新）/)).toBeTruthy()
    expect(within(record).getByText('视频调解')).toBeTruthy()
    expect(within(record).getByText('2. 被申请人拖欠6月至8月工资')).toBeTruthy()
    // the applicant confirmed version 1; version 2 needs everyone again
    expect(screen.getByText('申请人 王秀英：未确认')).toBeTruthy()
    expect(within(screen.getByLabelText('历史版本')).getByText(/第 1 版 · 李调解 · .* 1 人已确认/)).toBeTruthy()
  })

  it('explains a save refused because another version was saved meanwhile, and loads the newest', async () => {
    const server = recordApi({ myRole: 'staff' })
    server.generate()
    await openAs('mediator', server)
    await clickText('修改笔录')
    server.edit({ proposals: '被申请人分两期支付12000元。' })

    typeInto('lawExplanation', '我的修改')
    await clickText('保存为新版本')
    expect(screen.getByRole('alert').textContent).toBe('调解笔录已有更新的版本，请刷新后阅读最新版本再确认或修改')
    expect(fieldInput('lawExplanation').value).toBe('我的修改')

    await clickText('载入最新版本')
    const record = screen.getByLabelText('调解笔录')
    expect(within(record).getByText(/第 2 版（最新）/)).toBeTruthy()
    expect(within(record).getByText('被申请人分两期支付12000元。')).toBeTruthy()
  })

  it('says in Chinese what is wrong at each field and sends nothing until it is right', async () => {
    const server = recordApi({ myRole: 'staff' })
    server.generate()
    await openAs('mediator', server)
    await clickText('修改笔录')

    typeInto('heldAt', '  ')
    typeInto('recorderName', '')
    await click(within(field('outcome.result')).getByRole('radio', { name: '调解不成' }))
    await clickText('添加证据')
    await clickText('保存为新版本')

    expect(within(field('heldAt')).getByRole('alert').textContent).toBe('请填写调解时间')
    expect(within(field('recorderName')).getByRole('alert').textContent).toBe('请填写记录人')
    expect(within(field('outcome.reasons')).getByRole('alert').textContent).toBe('调解不成的，请写明原因')
    expect(within(field('evidence.1.name')).getByRole('alert').textContent).toBe('请填写证据名称')
    expect(screen.getByText('请先修改标红的内容')).toBeTruthy()
    expect(writes(server).filter((r) => r.method === 'PUT')).toEqual([])
  })

  it('shows the server refusal at the item it names', async () => {
    const server = recordApi({ myRole: 'staff' })
    server.generate()
    // a file removed from the case since the record was made
    server.edit({ evidence: [{ fileId: 'f-gone', name: '录音', producedBy: '申请人 王秀英', note: '' }] })
    await openAs('mediator', server)
    await clickText('修改笔录')
    await clickText('保存为新版本')

    const item = document.querySelector('[data-evidence="0"]') as HTMLElement
    expect(within(item).getByRole('alert').textContent).toBe('不是本案的材料')
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('不是本案的材料')
  })

  it('confirms the record as the mediator once the parties have', async () => {
    const server = recordApi({ myRole: 'staff' })
    const shown = server.generate()
    server.confirmAs('applicant')
    server.confirmAs('respondent')
    await openAs('mediator', server)

    await click(screen.getByRole('checkbox', { name: /我已阅读第 1 版笔录全文/ }))
    await clickText('确认笔录')
    const sent = writes(server).find((r) => r.path === `${BASE}/mediation-record/confirm`)
    expect(sent?.body).toEqual({ version: 1, sha256: shown.sha256 })
    expect(screen.getByText('调解员 李调解：已确认（2026-11-26 10:30）')).toBeTruthy()
    expect(screen.getByText('各方已于 2026-11-26 10:30 确认第 1 版笔录。')).toBeTruthy()
  })

  it('opens the outcome page from the record', async () => {
    const server = recordApi({ myRole: 'staff' })
    server.generate()
    await openAs('mediator', server)
    await clickText('记录调解结果')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/record/pages/outcome/index?caseId=case-1' })
  })
})
