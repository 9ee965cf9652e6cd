import type { CommitteeSuggestionList } from '@contract/referrals'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from './choice-chips'

interface CommitteePickerProps {
  suggestions: CommitteeSuggestionList | null
  loading: boolean
  error: string | null
  value: string
  onChange: (committeeId: string) => void
}

/** The routing's recommendation first (with its reason); the officer may pick another competent committee. */
export function CommitteePicker({ suggestions, loading, error, value, onChange }: CommitteePickerProps) {
  if (loading) return <Text className="tj-muted">正在匹配调解委员会…</Text>
  if (error) return <Text className="tj-error">{error}</Text>
  if (!suggestions) return <Text className="tj-muted">选择纠纷类型和发生地后，系统会推荐调解委员会。</Text>
  const { recommended, alternatives } = suggestions
  const chosen = value || recommended.id
  return (
    <View className="tj-stack">
      <ChoiceChips
        label="调解委员会"
        value={chosen}
        onChange={onChange}
        choices={[
          { value: recommended.id, label: recommended.name, note: '推荐' },
          ...alternatives.map((committee) => ({ value: committee.id, label: committee.name })),
        ]}
      />
      <Text className="tj-muted">
        {[recommended, ...alternatives].find((committee) => committee.id === chosen)?.reason ?? ''}
      </Text>
    </View>
  )
}
