import { Button, DatePicker } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { describePartialDate, partialDate, type DatePrecision } from '../slot-values'
import type { SubmitAnswer } from './answer-types'
import { ChoiceChips } from './choice-chips'

const PRECISIONS: { value: DatePrecision; label: string }[] = [
  { value: 'day', label: '记得哪一天' },
  { value: 'month', label: '只记得月份' },
  { value: 'year', label: '只记得年份' },
]
const EARLIEST = new Date(1950, 0, 1)

function DateField({
  label,
  precision,
  value,
  onPick,
}: {
  label: string
  precision: DatePrecision
  value: Date | null
  onPick: (date: Date) => void
}) {
  const [open, setOpen] = useState(false)
  return (
    <View className="tj-intake-date">
      <View className="tj-intake-date__field" role="button" aria-label={`选择${label}`} onClick={() => setOpen(true)}>
        <Text className={value ? '' : 'tj-muted'}>
          {value ? describePartialDate(partialDate(value, precision)) : `请选择${label}`}
        </Text>
      </View>
      {open ? (
        <DatePicker
          visible
          type={precision === 'day' ? 'date' : 'year-month'}
          title={label}
          showChinese
          startDate={EARLIEST}
          endDate={new Date(new Date().getFullYear() + 5, 11, 31)}
          defaultValue={value ?? new Date()}
          onClose={() => setOpen(false)}
          onConfirm={(_options, picked) => {
            const [year, month, day] = picked.map((part) => (part === null ? null : Number(part)))
            if (year !== null) onPick(new Date(year, (month ?? 1) - 1, day ?? 1))
          }}
        />
      ) : null}
    </View>
  )
}

/** A date, or a start/end range; the resident says how precisely they remember it (the API takes 2024 or 2024-03). */
export function DateAnswer({ range, onSubmit, busy }: { range: boolean; onSubmit: SubmitAnswer; busy: boolean }) {
  const [precision, setPrecision] = useState<DatePrecision>('day')
  const [start, setStart] = useState<Date | null>(null)
  const [end, setEnd] = useState<Date | null>(null)
  const ready = start !== null && (!range || end !== null)

  const submit = () => {
    if (!start) return
    const first = partialDate(start, precision)
    if (!range || !end) return onSubmit({ value: first }, describePartialDate(first))
    const last = partialDate(end, precision)
    onSubmit({ value: `${first}/${last}` }, `${describePartialDate(first)} 至 ${describePartialDate(last)}`)
  }

  return (
    <View className="tj-stack">
      <ChoiceChips
        choices={PRECISIONS}
        selected={precision}
        onPick={(choice) => setPrecision(choice.value as DatePrecision)}
      />
      <DateField label={range ? '开始时间' : '日期'} precision={precision} value={start} onPick={setStart} />
      {range ? <DateField label="结束时间" precision={precision} value={end} onPick={setEnd} /> : null}
      {range && start && end && end < start ? <Text className="tj-error">结束时间早于开始时间，请检查。</Text> : null}
      <Button
        className="tj-touch"
        type="primary"
        block
        disabled={busy || !ready || (range && end !== null && start !== null && end < start)}
        onClick={submit}
      >
        确定
      </Button>
    </View>
  )
}
