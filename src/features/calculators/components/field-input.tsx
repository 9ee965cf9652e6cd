import { DatePicker, Input, InputNumber, Radio } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { FieldSpec } from '../input-fields'

interface FieldInputProps {
  field: FieldSpec
  /** Path used for the input's name and for error lookup, e.g. `periods.0.days`. */
  path: string
  value: string
  error?: string
  onChange: (value: string) => void
}

const EARLIEST_DATE = new Date(1950, 0, 1)
const pad = (value: number | string) => String(value).padStart(2, '0')

function parseDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined
}

function latestDate(): Date {
  const now = new Date()
  return new Date(now.getFullYear() + 10, 11, 31)
}

function DateField({ field, value, onChange }: Omit<FieldInputProps, 'path' | 'error'>) {
  const [open, setOpen] = useState(false)
  return (
    <View className="tj-calc-field__control">
      <View
        className="tj-calc-field__date"
        role="button"
        aria-label={`选择${field.label}`}
        onClick={() => setOpen(true)}
      >
        <Text className={value ? '' : 'tj-muted'}>{value || '请选择日期'}</Text>
      </View>
      {value && !field.required ? (
        <View className="tj-calc-field__clear" role="button" onClick={() => onChange('')}>
          清除
        </View>
      ) : null}
      {open ? (
        <DatePicker
          visible
          type="date"
          title={field.label}
          showChinese
          startDate={EARLIEST_DATE}
          endDate={latestDate()}
          defaultValue={parseDate(value) ?? new Date()}
          onClose={() => setOpen(false)}
          onConfirm={(_options, picked) => {
            const [year, month, day] = picked
            if (year !== null && month !== null && day !== null) onChange(`${year}-${pad(month)}-${pad(day)}`)
          }}
        />
      ) : null}
    </View>
  )
}

function Control({ field, path, value, onChange }: Omit<FieldInputProps, 'error'>) {
  switch (field.kind) {
    case 'date':
      return <DateField field={field} value={value} onChange={onChange} />
    case 'choice':
      return (
        <Radio.Group value={value} onChange={(next) => onChange(String(next))} direction="vertical">
          {(field.choices ?? []).map((choice) => (
            <Radio key={String(choice.value)} value={String(choice.value)}>
              {choice.label}
            </Radio>
          ))}
        </Radio.Group>
      )
    case 'stepper':
      return (
        <InputNumber
          className="tj-calc-field__stepper"
          value={value}
          allowEmpty
          min={field.min}
          max={field.max}
          onChange={(next) => onChange(String(next))}
        />
      )
    default:
      return (
        <View className="tj-calc-field__control">
          <Input
            name={path}
            type={field.kind === 'text' ? 'text' : field.kind === 'integer' ? 'number' : 'digit'}
            placeholder={`请输入${field.label}`}
            value={value}
            onChange={onChange}
          />
          {field.unit ? <Text className="tj-calc-field__unit">{field.unit}</Text> : null}
        </View>
      )
  }
}

/** One form field: label, input suited to its kind, unit, hint and the error for it. */
export function FieldInput(props: FieldInputProps) {
  const { field, error } = props
  return (
    <View className={`tj-calc-field ${error ? 'tj-calc-field--invalid' : ''}`} data-field={props.path}>
      <Text className="tj-calc-field__label">
        {field.label}
        {field.required ? <Text className="tj-calc-field__required"> *</Text> : null}
      </Text>
      <Control {...props} />
      {field.hint ? <Text className="tj-muted tj-calc-field__hint">{field.hint}</Text> : null}
      {error ? <Text className="tj-error">{error}</Text> : null}
    </View>
  )
}
