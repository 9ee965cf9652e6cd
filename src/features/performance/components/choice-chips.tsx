import { Text, View } from '@tarojs/components'

interface ChoiceChipsProps<T extends string | number> {
  path: string
  label: string
  options: { value: T; label: string }[]
  value: T | null
  onChange: (value: T) => void
}

/** Large tappable chips instead of a picker: every option stays visible, which suits few options and care mode. */
export function ChoiceChips<T extends string | number>({ path, label, options, value, onChange }: ChoiceChipsProps<T>) {
  return (
    <View className="tj-stack" data-field={path}>
      <Text className="tj-perf-label">{label}</Text>
      <View className="tj-perf-chips" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <View
            key={option.value}
            role="radio"
            aria-checked={value === option.value}
            aria-label={option.label}
            data-testid={`${path}-${option.value}`}
            className={`tj-perf-chip tj-touch${value === option.value ? ' tj-perf-chip--on' : ''}`}
            onClick={() => onChange(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
