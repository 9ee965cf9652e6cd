import type { AgreementComment } from '@contract/agreements'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { addAgreementComment } from '../api/add-agreement-comment'
import { TextField } from '@/components/text-field'

interface CommentFormProps {
  caseId: string
  clause: { key: string; label: string }
  onAdded: (comment: AgreementComment) => void
  onCancel: () => void
}

/** An opinion on one clause, with optional new wording for the mediator to take over. */
export function CommentForm({ caseId, clause, onAdded, onCancel }: CommentFormProps) {
  const [text, setText] = useState('')
  const [proposal, setProposal] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const send = async () => {
    if (!text.trim()) {
      setError('请填写意见')
      return
    }
    setSending(true)
    setError(null)
    try {
      const body = { clauseKey: clause.key, text: text.trim(), proposedText: proposal.trim() || undefined }
      onAdded(await addAgreementComment(caseId, body))
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setSending(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="提意见">
      <Text className="tj-section__title">对「{clause.label}」提意见</Text>
      <TextField path="comment" label="意见" multiline value={text} onChange={setText} error={error ?? undefined} />
      <TextField path="proposedText" label="建议改为（可不填）" multiline value={proposal} onChange={setProposal} />
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={sending}
        disabled={sending}
        onClick={() => void send()}
      >
        提交意见
      </Button>
      <Button block className="tj-touch" disabled={sending} onClick={onCancel}>
        取消
      </Button>
    </View>
  )
}
