import { act, fireEvent, render, screen, within } from '@testing-library/react'
import CalculatorPage from '@/packages/calculator/pages/index/index'
import { useAuthStore } from '@/stores/auth-store'
import { startSession } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { fakeServer, reply } from '../../support/fake-server'
import { makeTokenPair } from '../../support/fixtures'
import Taro, { setRouterParams, testControls } from '../../support/taro-double'
import { calculatorRoutes } from './real-calculator-api'
import { flush } from '../../support/ui-actions'

/** Calculator routes served by the real domain code, plus any extra routes a test adds. */
function serveCalculators(extra: Parameters<typeof fakeServer>[0] = {}) {
  const server = fakeServer({ ...calculatorRoutes(), ...extra })
  testControls.setRequestHandler(server.handler)
  return server
}

const settle = () => flush(1)

async function click(element: Element) {
  await act(async () => {
    fireEvent.click(element)
  })
  await settle()
}

function type(placeholder: string, value: string) {
  fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } })
}

/** The field container, so an error can be checked to sit at its own field. */
function field(path: string): HTMLElement {
  return document.querySelector(`[data-field="${path}"]`) as HTMLElement
}

async function openCalculator(label: string) {
  render(<CalculatorPage />)
  await settle()
  await click(screen.getByText(label))
}

function calculationRequests(server: ReturnType<typeof fakeServer>) {
  return server.requests.filter((request) => request.method === 'POST')
}

beforeEach(() => {
  testControls.reset()
  setRouterParams({})
  useAuthStore.getState().clearSession()
  useSettingsStore.setState({ careMode: false, activeRole: null })
})

describe('calculator page', () => {
  it('lists the calculators under the four dispute groups', async () => {
    serveCalculators()
    render(<CalculatorPage />)
    await settle()

    for (const group of ['劳动/工伤', '人身损害', '房屋', '借贷']) expect(screen.getByText(group)).toBeTruthy()
    const labour = screen.getByText('劳动/工伤').closest('.nut-cell-group') as HTMLElement
    expect(within(labour).getByText('经济补偿')).toBeTruthy()
    expect(within(labour).queryByText('护理费')).toBeNull()
  })

  it('builds the form from the schema with Chinese labels, units, date and regional fields', async () => {
    serveCalculators()
    await openCalculator('经济补偿')

    expect(within(field('averageMonthlyWage')).getByText('解除或终止前 12 个月平均工资')).toBeTruthy()
    expect(within(field('averageMonthlyWage')).getByText('元')).toBeTruthy()
    expect(within(field('startDate')).getByText('入职日期')).toBeTruthy()
    expect(within(field('startDate')).getByText('请选择日期')).toBeTruthy()
    expect(within(field('serviceMonths')).getByText('未提供起止日期时使用')).toBeTruthy()
    expect(screen.getByText('使用地区统计数据')).toBeTruthy()
    // region and year are chosen through the switch, never typed as raw codes
    expect(field('region')).toBeNull()
  })

  it('checks fields before sending and says what is wrong in Chinese', async () => {
    const server = serveCalculators()
    await openCalculator('经济补偿')

    await click(screen.getByText('开始计算'))
    expect(within(field('averageMonthlyWage')).getByText('请填写解除或终止前 12 个月平均工资')).toBeTruthy()

    type('请输入解除或终止前 12 个月平均工资', '.')
    type('请输入工作月数', '-3')
    await click(screen.getByText('开始计算'))
    expect(within(field('averageMonthlyWage')).getByText('请输入数字')).toBeTruthy()
    expect(within(field('serviceMonths')).getByText('不能小于 0')).toBeTruthy()
    expect(calculationRequests(server)).toHaveLength(0)
  })

  it('sends the typed figures and shows total, 大写, items with formula and articles, warnings and the note', async () => {
    const server = serveCalculators()
    await openCalculator('经济补偿')

    type('请输入解除或终止前 12 个月平均工资', '6,000')
    type('请输入工作月数', '80')
    await click(screen.getByText('开始计算'))

    expect(calculationRequests(server)[0]).toMatchObject({
      path: '/api/v1/calculators/economic-compensation',
      body: { averageMonthlyWage: 6000, serviceMonths: 80 },
    })
    expect(screen.getByText('¥ 42,000.00 元')).toBeTruthy()
    expect(screen.getByText('人民币肆万贰仟元整')).toBeTruthy()
    expect(screen.getByText(/经济补偿 = 6000 元 × 7 个月/)).toBeTruthy()
    expect(screen.getByText(/《劳动合同法》第四十七条/)).toBeTruthy()
    expect(screen.getByText(/未核对三倍封顶及十二年上限/)).toBeTruthy()
    expect(screen.getByText(/不构成有约束力的法律意见/)).toBeTruthy()
  })

  it('shows the field named in a 400 at that field', async () => {
    serveCalculators()
    await openCalculator('误工费')

    type('请输入误工天数', '30')
    await click(screen.getByText('开始计算'))

    expect(within(field('monthlyIncome')).getByText(/请填写以下一项：月收入/)).toBeTruthy()
    expect(within(field('days')).queryByText(/请填写/)).toBeNull()
    expect(screen.getByRole('alert').textContent).toBe('请按提示修改标红的项目')
  })

  it('handles rows of a list field and converts percentages to the fractions the API takes', async () => {
    const server = serveCalculators()
    await openCalculator('护理费')

    type('请输入护理天数', '10')
    await click(screen.getByText('添加一项'))
    expect(document.querySelectorAll('[data-field="periods.1.days"]')).toHaveLength(1)
    await click(screen.getByText('开始计算'))
    expect(within(field('periods.1.days')).getByText('请填写护理天数')).toBeTruthy()
    expect(within(field('periods.0.carers')).getByText('请填写护理人数')).toBeTruthy()
    expect(calculationRequests(server)).toHaveLength(0)
  })

  it('sends a rate typed in percent as a fraction', async () => {
    const server = serveCalculators()
    await openCalculator('民间借贷利息')

    expect(within(field('annualRate')).getByText('%')).toBeTruthy()
    type('请输入借款本金', '100000')
    type('请输入约定年利率', '6')
    type('请输入计息年数', '1')
    await click(screen.getByText('开始计算'))

    expect(calculationRequests(server)[0].body).toEqual({ principal: 100000, annualRate: 0.06, years: 1 })
    expect(screen.getByText('人民币陆仟元整')).toBeTruthy()
  })

  it('takes figures from the regional table when asked', async () => {
    const figures = [
      { regionCode: '500000', regionName: '重庆市', year: 2023, kind: 'urbanDisposableIncome', value: 47435 },
      { regionCode: '500000', regionName: '重庆市', year: 2022, kind: 'urbanDisposableIncome', value: 45509 },
    ].map((figure, index) => ({ ...figure, id: `f${index}`, source: '测试', verified: false, updatedAt: '' }))
    const server = serveCalculators({
      'GET /api/v1/calculators/regional-figures': () => reply(200, { items: figures }),
    })
    await openCalculator('死亡赔偿金')

    type('请输入死亡时的周岁年龄', '50')
    await click(document.querySelector('.nut-switch') as Element)
    await click(screen.getByText('重庆市'))
    expect(screen.getByText('2022 年')).toBeTruthy()
    expect(screen.getByText(/尚未与官方统计公报核对/)).toBeTruthy()
    await click(screen.getByText('开始计算'))

    // The domain has no figures table here, so it names the region as the field to fix.
    expect(calculationRequests(server)[0].body).toEqual({ age: 50, region: '500000', year: 2023 })
    expect(within(field('region')).getByText(/地区数据表中没有 500000 地区 2023 年度/)).toBeTruthy()
  })

  it('opened from a case, picks the calculator for the dispute and prefills it from the intake answers', async () => {
    startSession(makeTokenPair(1))
    setRouterParams({ caseId: 'case-1' })
    const slots = {
      average_monthly_wage: { status: 'filled', value: 8000, source: 'answer' },
      employment_start: { status: 'filled', value: '2019-03-01', source: 'narrative' },
      employment_end: { status: 'filled', value: '2026-10', source: 'narrative' },
    }
    const server = serveCalculators({
      'GET /api/v1/cases/case-1': () =>
        reply(200, { id: 'case-1', caseNumber: 'TJ-2026-000001', disputeType: 'labor_termination', facts: { slots } }),
    })
    render(<CalculatorPage />)
    await settle()

    expect(server.requests.find((r) => r.path === '/api/v1/cases/case-1')?.authorization).toBe('Bearer access-1')
    expect(screen.getByText(/已根据案件 TJ-2026-000001 的信息预先填写/)).toBeTruthy()
    expect((screen.getByPlaceholderText('请输入解除或终止前 12 个月平均工资') as HTMLInputElement).value).toBe('8000')
    expect(within(field('startDate')).getByText('2019-03-01')).toBeTruthy()
    // A month without a day cannot be a date for the calculation: left for the user
    expect(within(field('endDate')).getByText('请选择日期')).toBeTruthy()
  })

  it("hands a result over to the case's legal opinion", async () => {
    startSession(makeTokenPair(1))
    setRouterParams({ caseId: 'case-9', kind: 'notice-pay' })
    serveCalculators({
      'GET /api/v1/cases/case-9': () =>
        reply(200, { id: 'case-9', caseNumber: 'TJ-2026-000009', disputeType: 'other', facts: {} }),
    })
    render(<CalculatorPage />)
    await settle()
    expect(screen.queryByText('用此结果生成法律意见书')).toBeNull()

    fireEvent.change(screen.getByPlaceholderText('请输入上一个月工资'), { target: { value: '5000' } })
    await click(screen.getByText('开始计算'))
    await click(screen.getByText('用此结果生成法律意见书'))

    const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string
    const query = new URLSearchParams(url.split('?')[1])
    expect(url.startsWith('/packages/opinion/pages/index/index?')).toBe(true)
    expect(query.get('caseId')).toBe('case-9')
    expect(JSON.parse(query.get('calculations') ?? '')).toEqual([{ kind: 'notice-pay', input: { monthlyWage: 5000 } }])
  })

  it('offers choice fields as radio options with their meaning and sends the chosen value', async () => {
    const server = serveCalculators()
    await openCalculator('未签书面劳动合同二倍工资差额')
    expect(within(field('partialMonthBasis')).getByText('不满一月的折算')).toBeTruthy()
    expect(within(field('partialMonthBasis')).getByText('月工资 ÷ 30 × 日历天数')).toBeTruthy()
    await click(screen.getByText('开始计算'))
    expect(within(field('hireDate')).getByText('请填写用工之日（入职日期）')).toBeTruthy()
    expect(calculationRequests(server)).toHaveLength(0)

    await click(screen.getByText('换一种计算'))
    await click(screen.getByText('民间借贷利息'))
    type('请输入借款本金', '36000')
    type('请输入约定年利率', '10')
    type('请输入计息年数', '1')
    await click(within(field('dayCountBasis')).getByText('360'))
    await click(screen.getByText('开始计算'))
    expect(calculationRequests(server)[0].body).toEqual({
      principal: 36000,
      annualRate: 0.1,
      years: 1,
      dayCountBasis: 360,
    })
  })
})
