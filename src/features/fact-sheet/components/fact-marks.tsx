import type { FactItem } from '@contract/fact-sheet'
import { Text, View } from '@tarojs/components'
import { PARTY_LABELS, type FactPartyRole } from '../fact-labels'

/** Each side's position on one fact: 同意, 有异议 with the reason, or not yet. */
export function FactMarks({ item }: { item: FactItem }) {
  return (
    <View className="tj-fact__marks">
      {(['applicant', 'respondent'] as FactPartyRole[]).map((role) => {
        const mark = item.marks[role]
        const position =
          item.statedBy === role ? '本方陈述' : mark ? (mark.mark === 'agree' ? '同意' : '有异议') : '未表态'
        return (
          <View key={role} className="tj-fact__mark" data-mark={`${role}:${mark?.mark ?? 'none'}`}>
            <Text>
              {PARTY_LABELS[role]}：{position}
            </Text>
            {mark?.mark === 'dispute' && mark.comment ? <Text className="tj-muted">理由：{mark.comment}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
