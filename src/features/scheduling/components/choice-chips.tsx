import { View } from '@tarojs/components'

interface ChoiceChipsProps<T extends string> {
  label: string
  options: { value: T; label: string }[]
  value: T | null
  onChange: (value: T) => void
}

/** Large tappable chips: every option stays visible, which suits few options and care mode. */
export function ChoiceChips<T extends string>({ label, options, value, onChange }: ChoiceChipsProps<T>) {
  return (
    <View className="tj-sched-chips" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <View
          key={option.value}
          role="radio"
          aria-checked={value === option.value}
          className={`tj-sched-chip tj-touch${value === option.value ? ' tj-sched-chip--on' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
    </View>
  )
}
