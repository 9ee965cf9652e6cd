import type { DisputeType, IntakeSession } from '@contract/intake'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ChoiceChips } from './choice-chips'

/** Confirm the type the robot heard, or pick another: likely ones first, the full list on request. */
export function TypeChooser({
  session,
  onChoose,
  busy,
}: {
  session: IntakeSession
  onChoose: (code: DisputeType, shown: string) => void
  busy: boolean
}) {
  const [showAll, setShowAll] = useState(false)
  const all = session.question?.kind === 'dispute_type' ? (session.question.choices ?? []) : []
  const likely = session.candidates.filter((c) => c.disputeType !== 'other').map((c) => c.disputeType)
  const labelOf = (code: string) => all.find((choice) => choice.value === code)?.label ?? code
  const confirm =
    session.disputeType !== 'other' ? [{ value: session.disputeType, label: `对，是${session.disputeTypeName}` }] : []
  const others = likely
    .filter((code) => code !== session.disputeType)
    .map((code) => ({ value: code, label: labelOf(code) }))
  const quick = [...confirm, ...others]

  return (
    <View className="tj-stack">
      <ChoiceChips
        choices={quick}
        disabled={busy}
        onPick={(choice) => onChoose(choice.value as DisputeType, choice.label)}
      />
      {showAll ? (
        <ChoiceChips
          choices={all.filter((choice) => !quick.some((q) => q.value === choice.value))}
          disabled={busy}
          onPick={(choice) => onChoose(choice.value as DisputeType, choice.label)}
        />
      ) : (
        <View className="tj-intake-link" role="button" onClick={() => setShowAll(true)}>
          <Text>都不是，看看其他类型</Text>
        </View>
      )}
    </View>
  )
}
