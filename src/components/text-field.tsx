import { Input } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import '../styles/form-controls.scss'

interface TextFieldProps {
  /** Field path: the input's name and where its error is found. */
  path: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  placeholder?: string
  multiline?: boolean
  /** Numeric keyboard (amounts, days). */
  digits?: boolean
  /** Shown under the input, above the error (e.g. an amount in capitals). */
  hint?: ReactNode
}

/** A labelled input with its own error line, so a message always sits at the field it is about. */
export function TextField({
  path,
  label,
  value,
  onChange,
  error,
  placeholder,
  multiline,
  digits,
  hint,
}: TextFieldProps) {
  const shownPlaceholder = placeholder ?? `请输入${label}`
  return (
    <View className={`tj-field${error ? ' tj-field--invalid' : ''}`} data-field={path}>
      <Text className="tj-field__label">{label}</Text>
      {multiline ? (
        <Textarea
          className="tj-field__textarea"
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
