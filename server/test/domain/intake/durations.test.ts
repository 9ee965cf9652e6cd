import { pipeline } from './helpers'

const durationsOf = (text: string) => pipeline(text).durations.map((d) => [d.value, d.approximate, d.label ?? null])

describe('extractDurations', () => {
  it.each<[string, string, boolean, string | null]>([
    ['干了两年三个月', 'P2Y3M', false, 'employment_length'],
    ['工作了2年零3个月', 'P2Y3M', false, 'employment_length'],
    ['租期十余年', 'P10Y', true, 'lease_term'],
    ['住院15天', 'P15D', false, 'hospital_stay'],
    ['住院治疗28天', 'P28D', false, 'hospital_stay'],
    ['一年半', 'P1Y6M', false, null],
    ['半年', 'P6M', false, null],
    ['半个月', 'P15D', false, null],
    ['3个多月', 'P3M', true, null],
    ['三年多', 'P3Y', true, null],
    ['拖欠了3个月工资', 'P3M', false, 'wage_arrears_period'],
    ['两周', 'P2W', false, null],
    ['8小时', 'PT8H', false, null],
    ['逾期交房9个月', 'P9M', false, 'delay'],
    ['误工90天', 'P90D', false, 'lost_work_period'],
    ['租了一年', 'P1Y', false, 'lease_term'],
    ['合同期限三年', 'P3Y', false, 'contract_term'],
    ['流转期限十年', 'P10Y', false, 'contract_term'],
    ['结婚八年', 'P8Y', false, 'marriage_length'],
    ['二十多天', 'P20D', true, null],
    ['1.5年', 'P1Y6M', false, null],
    ['五个工作日', 'P5D', false, null],
  ])('%s → %s', (text, value, approximate, label) => {
    expect(durationsOf(text)).toEqual([[value, approximate, label]])
  })

  it.each(['十年前', '15天内', '三天后', '2019年', '3个人', '两千五'])('%s has no duration', (text) => {
    expect(durationsOf(text)).toEqual([])
  })
})
