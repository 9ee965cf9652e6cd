import { Button } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { answerAssignment } from '../api/answer-assignment'
import { getProgress } from '../api/get-progress'
import { DeadlineBadge } from './deadline-badge'
import './assignment.scss'

interface MediatorCaseCardProps {
  caseId: string
  title: string
  caseNumber: string
  myUserId: string
  onOpen: (target: 'case' | 'fact-sheet' | 'session') => void
}

/** One case on the mediator's desk: deadline, and accept / declare a conflict (OMR 13) while it is offered. */
export function MediatorCaseCard({ caseId, title, caseNumber, myUserId, onOpen }: MediatorCaseCardProps) {
  const progress = useRequest(useCallback(() => getProgress(caseId), [caseId]))
  const [conflict, setConflict] = useState(false)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const mine = progress.data?.mediators.find((m) => m.mediatorUserId === myUserId && m.status !== 'withdrawn')

  const answer = async (conflictOfInterest: boolean) => {
    if (conflictOfInterest && note.trim().length === 0) return setError('请说明需要回避的原因')
    setBusy(true)
    setError(null)
    try {
      await answerAssignment(
        caseId,
        conflictOfInterest ? { conflictOfInterest, note: note.trim() } : { conflictOfInterest },
      )
      await progress.reload()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-section tj-stack" data-case={caseId}>
      <View className="tj-committee-case__head" role="button" onClick={() => onOpen('case')}>
        <Text className="tj-section__title">{title}</Text>
        <Text className="tj-muted">{caseNumber}</Text>
      </View>
      {progress.error ? <Text className="tj-error">{progress.error.message}</Text> : null}
      {progress.data ? <DeadlineBadge deadline={progress.data.deadline} /> : null}
      {mine?.status === 'pending' ? (
        <View className="tj-stack">
          <Text>调委会已将本案分派给您，请确认是否接受。</Text>
          <View className="tj-committee-case__actions">
            <Button type="primary" className="tj-touch" loading={busy} onClick={() => void answer(false)}>
              接受
            </Button>
            <Button className="tj-touch" disabled={busy} onClick={() => setConflict(true)}>
              申请回避
            </Button>
          </View>
          {conflict ? (
            <View className="tj-stack">
              <Textarea
                className="tj-assign__reason"
                name={`conflict-${caseId}`}
                placeholder="如：与当事人是亲属、与纠纷有利害关系"
                maxlength={500}
                value={note}
                onInput={(event) => setNote(event.detail.value)}
              />
              <Button type="warning" className="tj-touch" loading={busy} onClick={() => void answer(true)}>
                提交回避申请
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}
      {mine?.status === 'conflict' ? <Text className="tj-muted">您已申请回避，等待调委会重新分派。</Text> : null}
      {mine?.status === 'accepted' ? (
        <View className="tj-committee-case__actions">
          <Button className="tj-touch" onClick={() => onOpen('fact-sheet')}>
            事实清单
          </Button>
          <Button type="primary" className="tj-touch" onClick={() => onOpen('session')}>
            进入调解室
          </Button>
        </View>
      ) : null}
      {error ? (
        <View role="alert">
          <Text className="tj-error">{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
