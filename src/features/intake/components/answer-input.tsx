import type { Question } from '@contract/intake'
import { Text } from '@tarojs/components'
import type { SubmitAnswer } from './answer-types'
import { ChoiceChips } from './choice-chips'
import { DateAnswer } from './date-answer'
import { DurationAnswer } from './duration-answer'
import { MoneyKeypad } from './money-keypad'
import { PartyForm } from './party-form'

/** The control that suits the question's kind; text answers use the message box below instead. */
export function AnswerInput({
  question,
  onSubmit,
  busy,
}: {
  question: Question
  onSubmit: SubmitAnswer
  busy: boolean
}) {
  const previous = question.previous?.value
  switch (question.kind) {
    case 'choice':
      return (
        <ChoiceChips
          choices={question.choices ?? []}
          selected={typeof previous === 'string' ? previous : undefined}
          disabled={busy}
          onPick={(choice) => onSubmit({ value: choice.value }, choice.label)}
        />
      )
    case 'money':
      return (
        <MoneyKeypad
          key={question.slot}
          initial={typeof previous === 'number' ? previous : undefined}
          onSubmit={onSubmit}
          busy={busy}
        />
      )
    case 'date':
    case 'date_range':
      return <DateAnswer key={question.slot} range={question.kind === 'date_range'} onSubmit={onSubmit} busy={busy} />
    case 'party':
      return <PartyForm key={question.slot} onSubmit={onSubmit} busy={busy} />
    case 'duration':
      return <DurationAnswer key={question.slot} onSubmit={onSubmit} busy={busy} />
    case 'evidence':
      return (
        <Text className="tj-muted">
          请在下面的输入框写上有哪些证据，比如“工资条、聊天记录”；照片可以在最后一步添加。
        </Text>
      )
    default:
      return <Text className="tj-muted">请在下面的输入框里回答。</Text>
  }
}
