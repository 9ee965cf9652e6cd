import { Text, View } from '@tarojs/components'
import '../styles/form-controls.scss'

interface ChoiceChipsProps<T extends string> {
  path: string
  label: string
  options: { value: T; label: string }[]
  /** '' while nothing is chosen yet. */
  value: T | ''
  onChange: (value: T) => void
  error?: string
}

/** Large tappable chips instead of a picker: every option stays visible, which suits few options and care mode. */
export function ChoiceChips<T extends string>({ path, label, options, value, onChange, error }: ChoiceChipsProps<T>) {
  return (
    <View className={`tj-field${error ? ' tj-field--invalid' : ''}`} data-field={path}>
      <Text className="tj-field__label">{label}</Text>
      <View className="tj-choices" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <View
            key={option.value}
            role="radio"
            aria-checked={value === option.value}
            className={`tj-choice tj-touch${value === option.value ? ' tj-choice--on' : ''}`}
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

/** Options for a chip group from a label table, in the table's order. */
export function optionsOf<T extends string>(labels: Record<T, string>, only?: readonly T[]) {
  return (Object.keys(labels) as T[])
    .filter((value) => !only || only.includes(value))
    .map((value) => ({ value, label: labels[value] }))
}
