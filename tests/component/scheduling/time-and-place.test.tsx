import {
  chinaDay,
  chinaInstant,
  describeClock,
  describeDuration,
  describeStart,
} from '@/features/scheduling/china-time'
import { readPlace } from '@/features/scheduling/schedule-place'

describe('session time in China time and its place', () => {
  it('says a stored instant the way people read it in China, whatever the phone zone', () => {
    expect(describeStart('2026-11-28T01:30:00.000Z')).toBe('11月28日（周六）上午9:30')
    expect(describeStart('2026-11-28T16:05:00.000Z')).toBe('11月29日（周日）凌晨0:05')
    expect(['11:00', '12:15', '14:00', '19:30'].map(describeClock)).toEqual([
      '上午11:00',
      '中午12:15',
      '下午2:00',
      '晚上7:30',
    ])
    expect([30, 60, 90, 120].map(describeDuration)).toEqual(['30分钟', '1小时', '1小时30分钟', '2小时'])
  })

  it('counts calendar days from China midnight and sends the offset with the time', () => {
    const lateEveningUtc = Date.parse('2026-11-27T17:00:00Z') // already 28th 01:00 in China
    expect(chinaDay(lateEveningUtc)).toBe('2026-11-28')
    expect(chinaDay(lateEveningUtc, 3)).toBe('2026-12-01')
    expect(Date.parse(chinaInstant('2026-11-28', '09:30'))).toBe(Date.parse('2026-11-28T01:30:00Z'))
  })

  it('reads the place from the schedule, and from the note of one made before the place field', () => {
    const online = { place: null, note: ' 请带合同 ' }
    expect(readPlace(online)).toEqual({ place: '线上调解室', inPerson: false, remark: '请带合同' })
    expect(readPlace({ place: ' 九杨街道调委会 ', note: '请带合同' })).toEqual({
      place: '九杨街道调委会',
      inPerson: true,
      remark: '请带合同',
    })
    // A note that merely starts with the word keeps its text when the place field is set.
    expect(readPlace({ place: '九杨街道调委会', note: '地点：改到二楼\n请带合同' }).remark).toBe(
      '地点：改到二楼\n请带合同',
    )
    expect(readPlace({ place: null, note: '地点：九杨街道调委会\n请带合同' })).toEqual({
      place: '九杨街道调委会',
      inPerson: true,
      remark: '请带合同',
    })
    expect(readPlace({ place: null, note: '地点：' })).toEqual({
      place: '线上调解室',
      inPerson: false,
      remark: '地点：',
    })
    expect(readPlace({ place: '', note: '' })).toEqual({ place: '线上调解室', inPerson: false, remark: '' })
  })
})
