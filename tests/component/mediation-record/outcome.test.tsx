import { screen, within } from '@testing-library/react'
import Taro from '../../support/taro-double'
import { click, clickText, field, typeInto } from '../agreement/agreement-helpers'
import { BASE, recordApi } from './record-api'
import { openAs, resetApp, writes } from './record-helpers'

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('../../support/taro-components-double'),
  Textarea: jest.requireActual('../agreement/agreement-helpers').TextareaDouble,
}))

beforeEach(resetApp)

const choose = (name: string) => click(within(field('outcome')).getByRole('radio', { name }))

describe('case outcome', () => {
  it('asks the mediator, in Chinese, for a choice and for the reason mediation failed before sending', async () => {
    const server = recordApi({ myRole: 'staff' })
    await openAs('mediator', server, 'outcome')

    await clickText('提交调解结果')
    expect(within(field('outcome')).getByRole('alert').textContent).toBe('请选择调解结果')
    await choose('调解不成')
    await clickText('提交调解结果')
    expect(within(field('reason')).getByRole('alert').textContent).toBe('调解不成的，请写明原因')
    await choose('部分达成')
    await clickText('提交调解结果')
    expect(within(field('reason')).getByRole('alert').textContent).toBe('部分达成的，请写明未达成的部分及原因')
    expect(writes(server)).toEqual([])
  })

  it('records 调解不成 with its reason and shows each party’s routes with articles and time limits', async () => {
    const server = recordApi({ myRole: 'staff' })
    await openAs('mediator', server, 'outcome')
    await choose('调解不成')
    typeInto('reason', '被申请人不同意支付，双方差距较大')
    await clickText('提交调解结果')

    expect(writes(server).map((r) => r.body)).toEqual([
      { outcome: 'failed', reason: '被申请人不同意支付，双方差距较大' },
    ])
    expect(screen.getByText('调解结果：调解不成')).toBeTruthy()
    expect(screen.getByText('原因：被申请人不同意支付，双方差距较大')).toBeTruthy()
    expect(screen.getByText('已向 2 位当事人送达终止调解告知书。')).toBeTruthy()
    const routes = screen.getByLabelText('后续途径')
    expect(within(routes).getByText('法律信息，不构成法律意见')).toBeTruthy()
    // the mediator sees both parties' routes
    expect(within(routes).getByText('申请人 王秀英')).toBeTruthy()
    expect(within(routes).getByText('被申请人 某物流有限公司')).toBeTruthy()
    const arbitration = within(routes).getAllByText(/【仲裁】申请劳动争议仲裁/)[0].parentElement as HTMLElement
    expect(within(arbitration).getByText(/依据：《劳动争议调解仲裁法》第十四条、第二十七条/)).toBeTruthy()
    expect(within(arbitration).getByText(/时限：/)).toBeTruthy()
    expect(screen.queryByText(/起草调解协议/)).toBeNull()
  })

  it('leads on to the agreement after 达成协议', async () => {
    const server = recordApi({ myRole: 'staff' })
    await openAs('mediator', server, 'outcome')
    await choose('达成协议')
    await clickText('提交调解结果')

    expect(writes(server).find((r) => r.path === `${BASE}/outcome`)?.body).toEqual({ outcome: 'agreement' })
    expect(screen.queryByLabelText('后续途径')).toBeNull()
    await clickText('起草调解协议')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/agreement/pages/index/index?caseId=case-1' })
  })

  it('shows a party only its own routes after failure, with the legal-information note', async () => {
    const server = recordApi({ myRole: 'applicant' })
    server.setOutcome('failed', '被申请人不同意支付')
    await openAs('applicant', server, 'outcome')

    expect(screen.getByText('调解结果：调解不成')).toBeTruthy()
    expect(screen.queryByText('提交调解结果')).toBeNull()
    const routes = screen.getByLabelText('后续途径')
    expect(within(routes).getByText('您还可以通过这些途径解决纠纷')).toBeTruthy()
    expect(within(routes).getByText(/不构成法律意见；具体期限的起算和适用以有关机关的认定为准/)).toBeTruthy()
    expect(within(routes).queryByText('被申请人 某物流有限公司')).toBeNull()
    expect(routes.querySelectorAll('[data-party]')).toHaveLength(1)
    expect(routes.querySelector('[data-party="p-app"]')).not.toBeNull()
    const kinds = Array.from(routes.querySelectorAll('[data-route]')).map((n) => n.getAttribute('data-route'))
    expect(kinds).toContain('arbitration')
    expect(kinds).toContain('litigation')
    expect(within(routes).getByText(/本案已满15日.*《劳动争议调解仲裁法》第十四条/)).toBeTruthy()
  })

  it('tells a party the mediation is still going on before an outcome is recorded', async () => {
    // applied 5 days ago: the labour 15-day period has not run out
    await openAs('applicant', recordApi({ myRole: 'applicant', appliedOn: '2026-11-21' }), 'outcome')
    expect(screen.getByText('调解还在进行中，调解员记录结果后会在这里告诉您。')).toBeTruthy()
    expect(screen.queryByLabelText('后续途径')).toBeNull()
  })

  it('shows the routes while mediation goes on once a labour case passed 15 days without agreement', async () => {
    await openAs('applicant', recordApi({ myRole: 'applicant', appliedOn: '2026-11-01' }), 'outcome')
    expect(screen.getByText('调解还在进行中，调解员记录结果后会在这里告诉您。')).toBeTruthy()
    const routes = screen.getByLabelText('后续途径')
    expect(within(routes).getByText('调解仍在进行，您也可以选择以下途径')).toBeTruthy()
    expect(within(routes).getByText(/本案已满15日.*可以直接申请劳动争议仲裁/)).toBeTruthy()
    expect(within(routes).getByText('法律信息，不构成法律意见')).toBeTruthy()
  })

  it('shows no routes after full agreement, and the party reads the agreement', async () => {
    const server = recordApi({ myRole: 'applicant', appliedOn: '2026-11-01' })
    server.setOutcome('agreement', null)
    await openAs('applicant', server, 'outcome')
    expect(screen.getByText('调解结果：达成协议')).toBeTruthy()
    expect(screen.queryByLabelText('后续途径')).toBeNull()
    await clickText('查看调解协议')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/agreement/pages/index/index?caseId=case-1' })
  })

  it('sends 部分达成 with its reason and offers both the agreement and the routes for the rest', async () => {
    const server = recordApi({ myRole: 'staff', appliedOn: '2026-11-21' })
    await openAs('mediator', server, 'outcome')
    await choose('部分达成')
    typeInto('reason', '工资数额已达成一致，经济补偿金未达成')
    await clickText('提交调解结果')

    expect(writes(server).map((r) => r.body)).toEqual([
      { outcome: 'partial', reason: '工资数额已达成一致，经济补偿金未达成' },
    ])
    expect(screen.getByText('就已达成的部分起草调解协议')).toBeTruthy()
    const routes = screen.getByLabelText('后续途径')
    expect(within(routes).getByText(/已达成协议的部分按调解协议履行/)).toBeTruthy()
    expect(routes.querySelectorAll('[data-route="payment_order"]').length).toBeGreaterThan(0)
  })
})
