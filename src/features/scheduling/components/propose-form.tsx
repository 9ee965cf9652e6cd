import type { ProposeScheduleBody, Schedule } from '@contract/sessions'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { proposeSchedule } from '../api/propose-schedule'
import { chinaDay, chinaInstant } from '../china-time'
import { NOTE_MAX, ONLINE_PLACE, PLACE_MAX } from '../schedule-place'
import { ChoiceChips } from './choice-chips'
import { DateTimeFields } from './date-time-fields'

const DURATIONS = [
  { value: '30', label: '30分钟' },
  { value: '60', label: '1小时' },
  { value: '90', label: '1.5小时' },
  { value: '120', label: '2小时' },
]
type Where = 'online' | 'in_person'
const PLACES: { value: Where; label: string }[] = [
  { value: 'online', label: ONLINE_PLACE },
  { value: 'in_person', label: '线下地点' },
]
type Errors = { startsAt?: string; place?: string; note?: string }

interface ProposeFormProps {
  caseId: string
  onProposed: (schedule: Schedule) => void
  onCancel: () => void
}

/** The mediator proposes a time (China time), a place and an optional note; the parties are then asked. */
export function ProposeForm({ caseId, onProposed, onCancel }: ProposeFormProps) {
  const [date, setDate] = useState(() => chinaDay(Date.now(), 1))
  const [time, setTime] = useState('09:30')
  const [duration, setDuration] = useState('60')
  const [where, setWhere] = useState<Where>('online')
  const [place, setPlace] = useState('')
  const [remark, setRemark] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [submitError, setSubmitError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const check = (): Errors => {
    const found: Errors = {}
    if (Date.parse(chinaInstant(date, time)) <= Date.now()) found.startsAt = '调解时间须晚于现在，请重新选择'
    if (where === 'in_person' && place.trim() === '') found.place = '请填写线下调解的地点'
    if (place.trim().length > PLACE_MAX) found.place = `地点不能超过 ${PLACE_MAX} 字`
    if (remark.trim().length > NOTE_MAX) found.note = `留言不能超过 ${NOTE_MAX} 字，请精简`
    return found
  }

  const submit = async () => {
    const found = check()
    setErrors(found)
    setSubmitError(null)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      const body: ProposeScheduleBody = { startsAt: chinaInstant(date, time), durationMinutes: Number(duration) }
      const note = remark.trim()
      const at = where === 'in_person' ? place.trim() : ''
      onProposed(await proposeSchedule(caseId, { ...body, ...(note ? { note } : {}), ...(at ? { place: at } : {}) }))
    } catch (error) {
      const field = (name: string) => (isApiError(error) ? error.fieldMessage(name) : undefined)
      setErrors({ startsAt: field('startsAt'), place: field('place'), note: field('note') })
      setSubmitError(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-stack tj-sched-form" data-testid="schedule-propose-form" aria-label="安排调解时间">
      <DateTimeFields date={date} time={time} onDate={setDate} onTime={setTime} error={errors.startsAt} />
      <View className="tj-sched-field">
        <Text className="tj-sched-field__label">预计时长</Text>
        <ChoiceChips label="预计时长" options={DURATIONS} value={duration} onChange={setDuration} />
      </View>
      <View className={`tj-sched-field${errors.place ? ' tj-sched-field--invalid' : ''}`} data-field="place">
        <Text className="tj-sched-field__label">调解地点</Text>
        <ChoiceChips label="调解地点" options={PLACES} value={where} onChange={setWhere} />
        {where === 'in_person' ? (
          <Input
            name="place"
            type="text"
            placeholder="如：九龙坡区杨家坪街道人民调解委员会"
            value={place}
            onChange={setPlace}
          />
        ) : null}
        {errors.place ? (
          <View className="tj-error" role="alert">
            {errors.place}
          </View>
        ) : null}
      </View>
      <View className={`tj-sched-field${errors.note ? ' tj-sched-field--invalid' : ''}`} data-field="note">
        <Text className="tj-sched-field__label">给当事人的留言（可不填）</Text>
        <Textarea
          className="tj-sched-textarea"
          name="note"
          value={remark}
          placeholder="如：请提前准备好劳动合同、工资条"
          maxlength={-1}
          autoHeight
          onInput={(event) => setRemark(event.detail.value)}
        />
        {errors.note ? (
          <View className="tj-error" role="alert">
            {errors.note}
          </View>
        ) : null}
      </View>
      {submitError ? (
        <View role="alert" data-testid="schedule-propose-error">
          <Text className="tj-error">{submitError}</Text>
        </View>
      ) : null}
      <View data-testid="schedule-propose-submit">
        <Button block type="primary" className="tj-touch" loading={busy} onClick={() => void submit()}>
          发送给当事人确认
        </Button>
      </View>
      <Button block className="tj-touch" disabled={busy} onClick={onCancel}>
        取消
      </Button>
    </View>
  )
}
