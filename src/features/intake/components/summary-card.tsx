import type { AnswerBody, CatalogueDetail, IntakeSession, SlotStateView } from '@contract/intake'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { FactEditor } from './fact-editor'

const STATUS_TEXT: Record<SlotStateView['status'], string> = {
  open: '未填写',
  filled: '',
  skipped: '已跳过',
  unknown: '不清楚，调解员会再问',
}

function shownValue(fact: SlotStateView): string {
  if (fact.status === 'filled') return `${fact.display ?? ''}${fact.approximate ? '（大约）' : ''}`
  return STATUS_TEXT[fact.status]
}

/** Every fact before submitting; tap one to change it (saved on the server right away). */
export function SummaryCard({
  session,
  catalogue,
  busy,
  onEdit,
}: {
  session: IntakeSession
  catalogue: CatalogueDetail | null
  busy: boolean
  onEdit: (slot: string, body: AnswerBody) => Promise<string | null>
}) {
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <View className="tj-section tj-stack" data-testid="intake-summary">
      <Text className="tj-section__title">请核对：{session.disputeTypeName}纠纷</Text>
      <Text className="tj-muted">点任意一项可以修改。</Text>
      {session.facts.map((fact) => (
        <View key={fact.key} className="tj-intake-fact" data-fact={fact.key}>
          <View
            className="tj-intake-fact__row"
            role="button"
            aria-label={`修改${fact.label}`}
            onClick={() => setEditing(editing === fact.key ? null : fact.key)}
          >
            <Text className="tj-intake-fact__label">
              {fact.label}
              {fact.required ? <Text className="tj-calc-field__required"> *</Text> : null}
            </Text>
            <Text className={fact.status === 'filled' ? 'tj-intake-fact__value' : 'tj-muted'}>{shownValue(fact)}</Text>
            <Text className="tj-intake-fact__edit">修改</Text>
          </View>
          {editing === fact.key ? (
            <FactEditor
              fact={fact}
              catalogue={catalogue}
              busy={busy}
              onCancel={() => setEditing(null)}
              onSave={async (body) => {
                const error = await onEdit(fact.key, body)
                if (!error) setEditing(null)
                return error
              }}
            />
          ) : null}
        </View>
      ))}
    </View>
  )
}
