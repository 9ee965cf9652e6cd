import { annualLoanRate, dailyPenaltyRate } from '../../../src/domain/opinion/intake/rates'

describe('rates as residents write them', () => {
  it.each([
    ['每日按已付房款万分之一', 0.0001],
    ['逾期每天按总价款万分之五支付违约金', 0.0005],
    ['日千分之0.5', 0.0005],
    ['每日0.05%', 0.0005],
  ])('daily penalty %s → %d', (clause, rate) => {
    expect(dailyPenaltyRate(clause)).toBe(rate)
  })

  it.each([
    ['月息1分', 0.12],
    ['年利率6%', 0.06],
    ['年息6%', 0.06],
    ['月利率1.5%', 0.18],
    ['2分利', 0.24],
    ['年息一分', 0.1],
  ])('loan rate %s → %d a year', (text, rate) => {
    expect(annualLoanRate(text)).toBeCloseTo(rate, 10)
  })

  it('returns nothing for words it cannot read, so the letter lists the rate as missing', () => {
    expect(dailyPenaltyRate('按合同约定')).toBeUndefined()
    expect(annualLoanRate('利息好商量')).toBeUndefined()
  })
})
