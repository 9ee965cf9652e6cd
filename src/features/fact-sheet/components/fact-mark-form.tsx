import type { FactItem, MarkFactBody } from '@contract/fact-sheet'
import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { COMMENT_MAX, disputeCommentError, type FactPartyRole } from '../fact-labels'

interface FactMarkFormProps {
  item: FactItem
  myRole: FactPartyRole
  busy: boolean
  serverError: string | null
  onMark: (body: MarkFactBody) => void
}

/** 同意 in one tap; 有异议 asks for the reason first (the mediator needs it to work on the point). */
export function FactMarkForm({ item, myRole, busy, serverError, onMark }: FactMarkFormProps) {
  const current = item.marks[myRole]
  const [disputing, setDisputing] = useState(false)
  const [comment, setComment] = useState(current?.mark === 'dispute' ? (current.comment ?? '') : '')
  const [error, setError] = useState<string | null>(null)

  const submitDispute = () => {
    const problem = disputeCommentError(comment)
    setError(problem)
    if (!problem) onMark({ mark: 'dispute', comment: comment.trim() })
  }

  return (
    <View className="tj-fact__form">
      <View className="tj-fact__buttons">
        <Button
          className="tj-touch"
          type={current?.mark === 'agree' ? 'primary' : 'default'}
          disabled={busy}
          onClick={() => {
            setDisputing(false)
            onMark({ mark: 'agree' })
          }}
        >
          同意
        </Button>
        <Button
          className="tj-touch"
          type={current?.mark === 'dispute' ? 'danger' : 'default'}
          disabled={busy}
          onClick={() => setDisputing(true)}
        >
          有异议
        </Button>
      </View>
      {disputing ? (
        <View className="tj-stack">
          <Textarea
            className="tj-fact__comment"
            name={`comment-${item.id}`}
            placeholder="请说明哪里不符合事实，以及您的说法"
            maxlength={COMMENT_MAX}
            value={comment}
            onInput={(event) => {
              setComment(event.detail.value)
              setError(null)
            }}
          />
          {error ? <Text className="tj-error">{error}</Text> : null}
          <Button type="primary" className="tj-touch" loading={busy} onClick={submitDispute}>
            提交异议
          </Button>
        </View>
      ) : null}
      {serverError ? (
        <View role="alert">
          <Text className="tj-error">{serverError}</Text>
        </View>
      ) : null}
    </View>
  )
}
