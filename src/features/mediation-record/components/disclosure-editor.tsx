import type { DisclosureAnswer } from '@contract/mediation-record'
import { Text, View } from '@tarojs/components'
import { DISCLOSURE_ANSWER_LABELS } from '../record-labels'
import type { FormErrors, RecordForm } from '../record-form'
import { ChoiceChips, optionsOf } from '@/components/choice-chips'
import { TextField } from '@/components/text-field'

interface DisclosureEditorProps {
  disclosure: RecordForm['disclosure']
  errors: FormErrors
  partyName: (partyId: string) => string
  onChange: (next: RecordForm['disclosure']) => void
}

/** The mediator's conflict-of-interest statement and each party's answer to it (OMR 13). */
export function DisclosureEditor({ disclosure, errors, partyName, onChange }: DisclosureEditorProps) {
  const setAnswer = (index: number, patch: Partial<DisclosureAnswer>) =>
    onChange({
      ...disclosure,
      answers: disclosure.answers.map((a, i) => (i === index ? { ...a, ...patch } : a)),
    })
  return (
    <View className="tj-stack">
      <TextField
        path="disclosure.mediatorStatement"
        label="调解员披露"
        multiline
        value={disclosure.mediatorStatement}
        error={errors['disclosure.mediatorStatement']}
        onChange={(mediatorStatement) => onChange({ ...disclosure, mediatorStatement })}
      />
      {disclosure.answers.map((answer, i) => (
        <View key={answer.partyId} className="tj-rec-party tj-stack">
          <Text className="tj-rec-party__name">{partyName(answer.partyId)}</Text>
          <ChoiceChips
            path={`disclosure.answers.${i}.answer`}
            label="当事人的答复"
            options={optionsOf(DISCLOSURE_ANSWER_LABELS)}
            value={answer.answer}
            onChange={(value) => setAnswer(i, { answer: value })}
          />
          <TextField
            path={`disclosure.answers.${i}.note`}
            label="说明（可不填）"
            value={answer.note}
            error={errors[`disclosure.answers.${i}.note`]}
            onChange={(note) => setAnswer(i, { note })}
          />
        </View>
      ))}
    </View>
  )
}
