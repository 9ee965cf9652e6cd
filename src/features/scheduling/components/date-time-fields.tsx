import { DatePicker } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chinaDay, describeClock, describeDay } from '../china-time'
import { ChoiceChips } from './choice-chips'

const pad = (value: number) => String(value).padStart(2, '0')
/** The picker works in the phone's zone; we only read its numbers back, as China calendar values. */
const pickerDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(year, month - 1, day)
}
const BOOKABLE_DAYS = 365
/** Today at the given clock time: the picker keeps a default only inside its (dated) range. */
const clockDate = (hour: number, minute: number) => {
  const date = new Date(Date.now())
  date.setHours(hour, minute, 0, 0)
  return date
}
const QUICK_DAYS = [
  { value: '0', label: '今天' },
  { value: '1', label: '明天' },
  { value: '2', label: '后天' },
]

interface DateTimeFieldsProps {
  /** China date, YYYY-MM-DD. */
  date: string
  /** China clock time, HH:mm. */
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
  error?: string
}

/** Date (quick chips or a calendar picker) and clock time of a session, both in China time. */
export function DateTimeFields({ date, time, onDate, onTime, error }: DateTimeFieldsProps) {
  const [open, setOpen] = useState<'date' | 'time' | null>(null)
  const now = Date.now()
  const quick = QUICK_DAYS.find((option) => chinaDay(now, Number(option.value)) === date)?.value ?? null
  const [hour, minute] = time.split(':').map(Number)
  return (
    <View className={`tj-sched-field${error ? ' tj-sched-field--invalid' : ''}`} data-field="startsAt">
      <Text className="tj-sched-field__label">调解日期（北京时间）</Text>
      <ChoiceChips
        label="调解日期"
        options={QUICK_DAYS}
        value={quick}
        onChange={(days) => onDate(chinaDay(Date.now(), Number(days)))}
      />
      <View
        className="tj-sched-picker tj-touch"
        role="button"
        aria-label="选择日期"
        data-testid="schedule-date"
        onClick={() => setOpen('date')}
      >
        <Text>{describeDay(date)}</Text>
      </View>
      <Text className="tj-sched-field__label">开始时间</Text>
      <View
        className="tj-sched-picker tj-touch"
        role="button"
        aria-label="选择时间"
        data-testid="schedule-time"
        onClick={() => setOpen('time')}
      >
        <Text>{describeClock(time)}</Text>
      </View>
      {error ? (
        <View className="tj-error" role="alert" data-testid="schedule-time-error">
          {error}
        </View>
      ) : null}
      {open === 'date' ? (
        <DatePicker
          visible
          type="date"
          title="调解日期"
          showChinese
          startDate={pickerDate(chinaDay(now))}
          endDate={pickerDate(chinaDay(now, BOOKABLE_DAYS))}
          defaultValue={pickerDate(date)}
          onClose={() => setOpen(null)}
          onConfirm={(_options, picked) => {
            const [y, m, d] = picked.map(Number)
            if (y && m && d) onDate(`${y}-${pad(m)}-${pad(d)}`)
          }}
        />
      ) : null}
      {open === 'time' ? (
        <DatePicker
          visible
          type="hour-minutes"
          title="开始时间"
          showChinese
          minuteStep={5}
          defaultValue={clockDate(hour, minute)}
          onClose={() => setOpen(null)}
          onConfirm={(_options, picked) => {
            const [h, m] = picked.map(Number)
            if (Number.isInteger(h) && Number.isInteger(m)) onTime(`${pad(h)}:${pad(m)}`)
          }}
        />
      ) : null}
    </View>
  )
}
