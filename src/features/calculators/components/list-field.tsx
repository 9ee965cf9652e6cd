import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { emptyRow, type FieldErrors } from '../form-values'
import type { FieldSpec } from '../input-fields'
import { FieldInput } from './field-input'

interface ListFieldProps {
  field: FieldSpec
  rows: Record<string, string>[]
  errors: FieldErrors
  onChange: (rows: Record<string, string>[]) => void
}

/** A repeatable group of fields, e.g. nursing periods with different numbers of carers. */
export function ListField({ field, rows, errors, onChange }: ListFieldProps) {
  const canRemove = rows.length > (field.minItems ?? 0)
  const canAdd = field.maxItems === undefined || rows.length < field.maxItems
  const update = (index: number, key: string, value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)))

  return (
    <View className="tj-calc-list" data-field={field.key}>
      <Text className="tj-calc-field__label">
        {field.label}
        {field.required ? <Text className="tj-calc-field__required"> *</Text> : null}
      </Text>
      {rows.map((row, index) => (
        <View key={index} className="tj-calc-list__row">
          <View className="tj-calc-list__head">
            <Text className="tj-muted">第 {index + 1} 项</Text>
            {canRemove ? (
              <View
                className="tj-calc-list__remove"
                role="button"
                onClick={() => onChange(rows.filter((_, at) => at !== index))}
              >
                删除
              </View>
            ) : null}
          </View>
          {(field.itemFields ?? []).map((inner) => {
            const path = `${field.key}.${index}.${inner.key}`
            return (
              <FieldInput
                key={inner.key}
                field={inner}
                path={path}
                value={row[inner.key] ?? ''}
                error={errors[path]}
                onChange={(value) => update(index, inner.key, value)}
              />
            )
          })}
        </View>
      ))}
      {canAdd ? (
        <Button size="small" className="tj-touch" onClick={() => onChange([...rows, emptyRow(field)])}>
          添加一项
        </Button>
      ) : null}
      {errors[field.key] ? <Text className="tj-error">{errors[field.key]}</Text> : null}
    </View>
  )
}
