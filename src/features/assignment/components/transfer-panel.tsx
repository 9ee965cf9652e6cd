import type { Organisation } from '@contract/organisations'
import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'

interface TransferPanelProps {
  committees: Organisation[]
  currentCommitteeId: string | null
  busy: boolean
  onTransfer: (committeeId: string, reason: string) => void
}

/** 转交: another committee is competent; the reason goes on record and to the parties. */
export function TransferPanel({ committees, currentCommitteeId, busy, onTransfer }: TransferPanelProps) {
  const [committeeId, setCommitteeId] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = () => {
    if (!committeeId) return setError('请选择接收案件的调解委员会')
    if (reason.trim().length < 2) return setError('请填写转交理由（至少2个字）')
    setError(null)
    onTransfer(committeeId, reason.trim())
  }
  return (
    <View className="tj-stack tj-transfer">
      <View className="tj-assign-chips" role="radiogroup" aria-label="接收的调解委员会">
        {committees
          .filter((committee) => committee.id !== currentCommitteeId)
          .map((committee) => (
            <View
              key={committee.id}
              role="radio"
              aria-checked={committee.id === committeeId}
              className={`tj-assign-chip ${committee.id === committeeId ? 'tj-assign-chip--selected' : ''}`}
              onClick={() => setCommitteeId(committee.id)}
            >
              {committee.name}
            </View>
          ))}
      </View>
      <Textarea
        className="tj-assign__reason"
        name="transfer-reason"
        placeholder="转交理由，如：纠纷发生地不在本委员会服务范围"
        maxlength={500}
        value={reason}
        onInput={(event) => setReason(event.detail.value)}
      />
      {error ? <Text className="tj-error">{error}</Text> : null}
      <Button type="warning" className="tj-touch" loading={busy} onClick={submit}>
        确认转交
      </Button>
    </View>
  )
}
