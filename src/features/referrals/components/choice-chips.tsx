import { Text, View } from '@tarojs/components'

export interface Choice {
  value: string
  label: string
  note?: string
}

interface ChoiceChipsProps {
  label: string
  choices: Choice[]
  value: string
  onChange: (value: string) => void
}

/** A small single-choice list that stays usable in care mode (every chip is a full touch target). */
export function ChoiceChips({ label, choices, value, onChange }: ChoiceChipsProps) {
  return (
    <View className="tj-chips" role="radiogroup" aria-label={label}>
      {choices.map((choice) => (
        <View
          key={choice.value}
          role="radio"
          aria-checked={choice.value === value}
          className={`tj-chip ${choice.value === value ? 'tj-chip--selected' : ''}`}
          onClick={() => onChange(choice.value)}
        >
          <Text>{choice.label}</Text>
          {choice.note ? <Text className="tj-chip__note">{choice.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
