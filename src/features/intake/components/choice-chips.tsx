import { Text, View } from '@tarojs/components'

interface Choice {
  value: string
  label: string
}

/** Quick-reply chips: one tap answers. */
export function ChoiceChips({
  choices,
  selected,
  onPick,
  disabled,
}: {
  choices: readonly Choice[]
  selected?: string
  onPick: (choice: Choice) => void
  disabled?: boolean
}) {
  return (
    <View className="tj-intake-chips">
      {choices.map((choice) => (
        <View
          key={choice.value}
          className={`tj-intake-chip ${choice.value === selected ? 'tj-intake-chip--on' : ''}`}
          role="button"
          aria-pressed={choice.value === selected}
          aria-disabled={disabled}
          onClick={() => !disabled && onPick(choice)}
        >
          <Text>{choice.label}</Text>
        </View>
      ))}
    </View>
  )
}
