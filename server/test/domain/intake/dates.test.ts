import { extractDates } from '../../../src/domain/intake/dates'
import { normalizeText } from '../../../src/domain/intake/normalize'
import { extractFacts } from '../../../src/domain/intake/analyze'
import { pipeline } from './helpers'

const TODAY = '2026-01-15' // a Thursday

const valuesOf = (text: string, today = TODAY) => pipeline(text, today).dates.map((d) => d.value)

describe('extractDates: absolute and partial', () => {
  it.each([
    ['2019年11月5日', '2019-11-05'],
    ['2019年11月5号', '2019-11-05'],
    ['2019年1月31日', '2019-01-31'],
    ['2020年2月29日', '2020-02-29'],
    ['2019.11.5', '2019-11-05'],
    ['2019/11/05', '2019-11-05'],
    ['2019-11-05', '2019-11-05'],
    ['2019－11－05', '2019-11-05'],
    ['２０１９年１１月５日', '2019-11-05'],
    ['二〇一九年十一月五日', '2019-11-05'],
    ['二零二三年三月二十日', '2023-03-20'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['二〇二〇年二月廿九日', '2020-02-29'],
    ['2019年11月', '2019-11'],
    ['2019年11月份', '2019-11'],
    ['2019.11', '2019-11'],
    ['2019年', '2019'],
    ['二〇一九年', '2019'],
    ['2019年底', '2019-12'],
    ['2019年初', '2019-01'],
    ['19年10月', '2019-10'],
    ['98年3月', '1998-03'],
    ['2019年 11 月 5 日', '2019-11-05'],
  ])('%s → %s', (text, expected) => {
    expect(valuesOf(text)).toEqual([expected])
  })

  it.each(['2019年2月30日', '2019年13月', '2019.13.5', '2021年2月29日', '2019年11月32日'])(
    '%s is not a valid date',
    (text) => {
      expect(valuesOf(text)).toEqual([])
    },
  )
})

describe('extractDates: ranges', () => {
  it.each([
    ['2019年11月至12月7日', '2019-11/2019-12-07'],
    ['2019年11月5日至8日', '2019-11-05/2019-11-08'],
    ['2019年11月5日到2020年1月3日', '2019-11-05/2020-01-03'],
    ['2019年3月至今', '2019-03/2026-01-15'],
    ['2019年至2020年', '2019/2020'],
    ['2018.3—2019.5', '2018-03/2019-05'],
    ['2018.3-2019.5', '2018-03/2019-05'],
    ['2023年1月1日起至2023年12月31日止', '2023-01-01/2023-12-31'],
    ['2024年3月~6月', '2024-03/2024-06'],
  ])('%s → %s', (text, expected) => {
    expect(valuesOf(text)).toEqual([expected])
  })
})

describe('extractDates: relative to today', () => {
  it.each([
    ['今天', '2026-01-15'],
    ['昨天', '2026-01-14'],
    ['前天', '2026-01-13'],
    ['大前天', '2026-01-12'],
    ['明天', '2026-01-16'],
    ['三天前', '2026-01-12'],
    ['3天前', '2026-01-12'],
    ['十天前', '2026-01-05'],
    ['两个星期前', '2026-01-01'],
    ['上个月', '2025-12'],
    ['上月5号', '2025-12-05'],
    ['这个月10日', '2026-01-10'],
    ['本月3日', '2026-01-03'],
    ['下个月', '2026-02'],
    ['3个月前', '2025-10'],
    ['半年前', '2025-07'],
    ['两年前', '2024'],
    ['去年', '2025'],
    ['前年', '2024'],
    ['今年', '2026'],
    ['去年9月', '2025-09'],
    ['去年9月3日', '2025-09-03'],
    ['今年3月', '2026-03'],
    ['前年12月', '2024-12'],
    ['去年底', '2025-12'],
    ['上周', '2026-01-05/2026-01-11'],
    ['上个星期', '2026-01-05/2026-01-11'],
    ['上周三', '2026-01-07'],
    ['上礼拜五', '2026-01-09'],
    ['本周一', '2026-01-12'],
  ])('%s → %s', (text, expected) => {
    expect(valuesOf(text)).toEqual([expected])
  })

  it('month boundaries and leap years shift correctly', () => {
    expect(valuesOf('昨天', '2024-03-01')).toEqual(['2024-02-29'])
    expect(valuesOf('上个月', '2026-01-31')).toEqual(['2025-12'])
    expect(valuesOf('三天前', '2026-01-02')).toEqual(['2025-12-30'])
  })
})

describe('extractDates: year inferred from context', () => {
  it.each([
    ['2019年3月入职，11月3日被辞退', ['2019-03', '2019-11-03']],
    ['2019年5月1日，次日', ['2019-05-01', '2019-05-02']],
    ['2019年5月1日受伤，同年8月出院', ['2019-05-01', '2019-08']],
    ['2019年5月1日签约，次年3月交房', ['2019-05-01', '2020-03']],
    ['2022年12月30日，第二天', ['2022-12-30', '2022-12-31']],
    ['2020年6月1日借款，当月20日又借', ['2020-06-01', '2020-06-20']],
    ['11月3日', ['2025-11-03']],
    ['1月10日', ['2026-01-10']],
    ['3月5日', ['2025-03-05']],
    ['十二月三日', ['2025-12-03']],
    ['11月份', ['2025-11']],
  ])('%s → %j', (text, expected) => {
    expect(valuesOf(text)).toEqual(expected)
  })
})

describe('extractDates: what is not a date', () => {
  it.each([
    '干了两年三个月',
    '欠3个月工资',
    '第47条',
    '2000-3000元',
    '1999.5元',
    '十年前',
    '15天内',
    '5日内',
    '3号楼',
    '一个月两千五',
    '同年8月',
    '次日',
    '月薪8000',
    '身份证350181199001011234',
    '我父亲今年78岁',
  ])('%s', (text) => {
    const found = valuesOf(text)
    if (text === '十年前') expect(found).toEqual(['2016'])
    else expect(found).toEqual([])
  })
})

describe('extractDates: labels', () => {
  it.each([
    ['2019年11月5日入职', 'employment_start'],
    ['于2019年11月5日进厂上班', 'employment_start'],
    ['2020年7月开始在一家电子厂上班', 'employment_start'],
    ['2022年8月15日被公司辞退', 'employment_end'],
    ['2022年8月15日离职', 'employment_end'],
    ['2023年5月12日在工地摔伤', 'injury_date'],
    ['2023年5月12日发生交通事故', 'accident_date'],
    ['2020年9月签订购房合同', 'contract_date'],
    ['约定2022年6月30日前交房', 'delivery_agreed'],
    ['开发商至2023年3月才交房', 'delivery_actual'],
    ['2018年借给他5万元', 'loan_date'],
    ['说好上个月还', 'due_date'],
    ['2019年12月31日前还清', 'due_date'],
    ['2023年9月搬走', 'move_out'],
    ['2021年3月报名', 'payment_date'],
    ['2022年4月住院', 'treatment_date'],
    ['2015年结婚', 'marriage_date'],
  ])('%s → %s', (text, label) => {
    const [date] = pipeline(text).dates
    expect(date.label).toBe(label)
  })

  it('reads full-width digits and quotes the original wording through extractFacts', () => {
    const dates = extractDates(normalizeText('我２０１９年１１月５日入职'), TODAY)
    expect([dates[0].value, dates[0].start, dates[0].end]).toEqual(['2019-11-05', 1, 11])
    expect(extractFacts('我２０１９年１１月５日入职', TODAY).dates[0].text).toBe('２０１９年１１月５日')
  })

  it('rejects an invalid today', () => {
    expect(() => extractDates('2019年', '2026-13-01')).toThrow(RangeError)
  })
})
