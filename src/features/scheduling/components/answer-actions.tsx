import type { Schedule } from '@contract/sessions'
import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { askToSubscribe } from '@/lib/subscribe-messages'
import { answerSchedule } from '../api/answer-schedule'

const COMMENT_MAX = 500

interface AnswerActionsProps {
  schedule: Schedule
  onAnswered: (schedule: Schedule) => void
}

/** A party confirms the proposed time, or says they cannot come and (optionally) why. */
export function AnswerActions({ schedule, onAnswered }: AnswerActionsProps) {
  const [declining, setDeclining] = useState(false)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const send = async (answer: 'confirmed' | 'declined') => {
    const text = comment.trim()
    if (answer === 'declined' && text.length > COMMENT_MAX) {
      setError(`原因不能超过 ${COMMENT_MAX} 字`)
      return
    }
    setBusy(true)
    setError(null)
    try {
      onAnswered(
        await answerSchedule(schedule.id, answer === 'declined' && text ? { answer, comment: text } : { answer }),
      )
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const confirm = () => {
    // WeChat shows the subscription prompt only inside the tap itself, so ask before anything is awaited.
    askToSubscribe(['session_reminder'])
    void send('confirmed')
  }

  return (
    <View className="tj-stack tj-sched-actions">
      {declining ? (
        <View className="tj-stack">
          <Text className="tj-sched-field__label">无法参加的原因（可不填）</Text>
          <View data-testid="schedule-decline-reason">
            <Textarea
              className="tj-sched-textarea"
              name="decline-comment"
              value={comment}
              placeholder="如：那天要上班，希望改到周末"
              maxlength={-1}
              autoHeight
              onInput={(event) => setComment(event.detail.value)}
            />
          </View>
          <View data-testid="schedule-decline-submit">
            <Button block type="danger" className="tj-touch" loading={busy} onClick={() => void send('declined')}>
              确定无法参加
            </Button>
          </View>
          <Button block className="tj-touch" disabled={busy} onClick={() => setDeclining(false)}>
            返回
          </Button>
        </View>
      ) : (
        <View className="tj-sched-actions__row">
          <View className="tj-sched-actions__main" data-testid="schedule-confirm">
            <Button block type="primary" className="tj-touch" loading={busy} onClick={confirm}>
              确认参加
            </Button>
          </View>
          <View className="tj-sched-actions__main" data-testid="schedule-decline">
            <Button block className="tj-touch" disabled={busy} onClick={() => setDeclining(true)}>
              无法参加
            </Button>
          </View>
        </View>
      )}
      {error ? (
        <View role="alert" data-testid="schedule-answer-error">
          <Text className="tj-error">{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
