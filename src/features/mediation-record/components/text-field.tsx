import { Input } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'

interface TextFieldProps {
  /** Field path: the input name, and the key of its error. */
  path: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  placeholder?: string
  multiline?: boolean
}

/** A labelled input with its own error line, so a message always sits at the field it is about. */
export function TextField({ path, label, value, onChange, error, placeholder, multiline }: TextFieldProps) {
  const shownPlaceholder = placeholder ?? `请输入${label}`
  return (
    <View className={`tj-rec-field${error ? ' tj-rec-field--invalid' : ''}`} data-field={path}>
      <Text className="tj-rec-field__label">{label}</Text>
      {multiline ? (
        <Textarea
          className="tj-rec-field__textarea"
          name={path}
          value={value}
          placeholder={shownPlaceholder}
          maxlength={-1}
          autoHeight
          onInput={(event) => onChange(event.detail.value)}
        />
      ) : (
        <Input name={path} type="text" placeholder={shownPlaceholder} value={value} onChange={onChange} />
      )}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
