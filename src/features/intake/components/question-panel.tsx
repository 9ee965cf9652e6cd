import type { DisputeType, IntakeSession, Question } from '@contract/intake'
import { Progress } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { SubmitAnswer } from './answer-types'
import { AnswerInput } from './answer-input'
import { TypeChooser } from './type-chooser'

interface QuestionPanelProps {
  session: IntakeSession
  question: Question
  busy: boolean
  onAnswer: SubmitAnswer
  onChooseType: (code: DisputeType, shown: string) => void
  onSkip: (unknown: boolean) => void
  onBack: () => void
}

export function IntakeProgress({ session }: { session: IntakeSession }) {
  const { answered, total } = session.progress
  const percent = total > 0 ? Math.round((answered / total) * 100) : 0
  const stillRequired = session.missing.length
  return (
    <View className="tj-intake-progress" data-testid="intake-progress">
      <Text>
        已填 {answered} / {total} 项{stillRequired > 0 ? `，必填还差 ${stillRequired} 项` : '，必填项已齐'}
      </Text>
      <Progress percent={percent} showText={false} color="var(--tj-color-primary)" />
    </View>
  )
}

/** The current question's input plus 不知道 / 跳过 / 返回上一步. */
export function QuestionPanel({ session, question, busy, onAnswer, onChooseType, onSkip, onBack }: QuestionPanelProps) {
  const isType = question.kind === 'dispute_type'
  return (
    <View className="tj-section tj-stack tj-intake-question" data-slot={question.slot}>
      <IntakeProgress session={session} />
      <Text className="tj-section__title">{question.label}</Text>
      {isType ? (
        <TypeChooser session={session} onChoose={onChooseType} busy={busy} />
      ) : (
        <AnswerInput question={question} onSubmit={onAnswer} busy={busy} />
      )}
      <View className="tj-intake-actions">
        {!isType ? (
          <>
            <View className="tj-intake-action" role="button" aria-disabled={busy} onClick={() => !busy && onSkip(true)}>
              <Text>不知道</Text>
            </View>
            <View
              className="tj-intake-action"
              role="button"
              aria-disabled={busy}
              onClick={() => !busy && onSkip(false)}
            >
              <Text>跳过</Text>
            </View>
          </>
        ) : null}
        <View className="tj-intake-action" role="button" aria-disabled={busy} onClick={() => !busy && onBack()}>
          <Text>返回上一步</Text>
        </View>
      </View>
    </View>
  )
}
