import type { ClaimResult } from '@contract/invitations'
import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { answerInvitation } from '../api/answer-invitation'

const REASON_MAX = 500

interface RespondentAnswerProps {
  claimed: ClaimResult
  /** Called once the answer is recorded (or had been already). */
  onDone: () => void
}

/** People's mediation is voluntary (PML 17): the respondent says yes, or no with a reason, before anything else. */
export function RespondentAnswer({ claimed, onDone }: RespondentAnswerProps) {
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async (answer: 'accept' | 'decline') => {
    if (answer === 'decline' && reason.trim() === '') return setError('请说明不同意调解的原因')
    setBusy(true)
    setError(null)
    try {
      await answerInvitation(claimed.caseId, answer === 'accept' ? { answer } : { answer, reason: reason.trim() })
      onDone()
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'RESPONDENT_ALREADY_ANSWERED') return onDone()
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-section tj-stack" data-testid="respondent-answer">
      <Text className="tj-section__title">认领成功：案件 {claimed.caseNumber}</Text>
      <Text>{claimed.prefill.myName}，对方申请通过人民调解解决这起纠纷。</Text>
      {claimed.prefill.narrative ? <Text className="tj-muted">案情：{claimed.prefill.narrative}</Text> : null}
      <Text className="tj-muted">人民调解免费，遵循自愿原则；您不同意的，不进行调解，双方可通过其他途径解决。</Text>
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={busy && !declining}
        onClick={() => void send('accept')}
      >
        同意调解
      </Button>
      {declining ? (
        <View className="tj-stack">
          <Textarea
            name="decline-reason"
            placeholder="请说明不同意调解的原因"
            maxlength={REASON_MAX}
            value={reason}
            onInput={(event) => {
              setReason(event.detail.value)
              setError(null)
            }}
          />
          <Button block className="tj-touch" loading={busy} onClick={() => void send('decline')}>
            确认不同意调解
          </Button>
        </View>
      ) : (
        <Button block className="tj-touch" disabled={busy} onClick={() => setDeclining(true)}>
          不同意调解
        </Button>
      )}
      {error ? (
        <View role="alert">
          <Text className="tj-error">{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
