import { Input } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface FormFieldProps {
  /** Field path, used as the input name and to find the error. */
  path: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  placeholder?: string
  multiline?: boolean
  digits?: boolean
  hint?: ReactNode
}

/** A labelled input with its own error line, so a message always sits at the field it is about. */
export function FormField({
  path,
  label,
  value,
  onChange,
  error,
  placeholder,
  multiline,
  digits,
  hint,
}: FormFieldProps) {
  const shownPlaceholder = placeholder ?? `请输入${label}`
  return (
    <View className={`tj-agr-field${error ? ' tj-agr-field--invalid' : ''}`} data-field={path}>
      <Text className="tj-agr-field__label">{label}</Text>
      {multiline ? (
        <Textarea
          className="tj-agr-field__textarea"
          name={path}
          value={value}
          placeholder={shownPlaceholder}
          maxlength={-1}
          autoHeight
          onInput={(event) => onChange(event.detail.value)}
        />
      ) : (
        <Input
          name={path}
          type={digits ? 'digit' : 'text'}
          placeholder={shownPlaceholder}
          value={value}
          onChange={onChange}
        />
      )}
      {hint}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}

interface ChoiceProps<T extends string> {
  path: string
  label: string
  options: { value: T; label: string }[]
  value: T | ''
  onChange: (value: T) => void
  error?: string
}

/** Large tappable chips instead of a picker: every option is visible, which suits few options and care mode. */
export function ChoiceField<T extends string>({ path, label, options, value, onChange, error }: ChoiceProps<T>) {
  return (
    <View className={`tj-agr-field${error ? ' tj-agr-field--invalid' : ''}`} data-field={path}>
      <Text className="tj-agr-field__label">{label}</Text>
      <View className="tj-agr-chips" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <View
            key={option.value}
            role="radio"
            aria-checked={value === option.value}
            className={`tj-agr-chip tj-touch${value === option.value ? ' tj-agr-chip--on' : ''}`}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </View>
        ))}
      </View>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
