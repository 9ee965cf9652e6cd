import type { MediatorCandidate } from '@contract/assignment'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { useRequest } from '@/hooks/use-request'
import { listCandidates } from '../api/list-candidates'

function reasons(candidate: MediatorCandidate): string {
  return [
    candidate.requestedByParty ? '当事人指定' : '',
    candidate.specialityMatch ? '专业对口' : '',
    candidate.areaMatch ? '负责该片区' : '',
    `在办 ${candidate.activeCases} 件`,
  ]
    .filter(Boolean)
    .join(' · ')
}

interface AssignPanelProps {
  caseId: string
  busy: boolean
  onAssign: (choice: { mediatorUserId: string } | { auto: true }) => void
}

/** Ranked candidates to pick from, or let the system pick by speciality, area and load. */
export function AssignPanel({ caseId, busy, onAssign }: AssignPanelProps) {
  const candidates = useRequest(useCallback(() => listCandidates(caseId), [caseId]))
  return (
    <View className="tj-stack tj-assign" data-assign={caseId}>
      <Button type="primary" className="tj-touch" loading={busy} onClick={() => onAssign({ auto: true })}>
        自动分派
      </Button>
      {candidates.error ? <Text className="tj-error">{candidates.error.message}</Text> : null}
      {candidates.data?.length === 0 ? <Text className="tj-muted">本委员会暂无可分派的调解员</Text> : null}
      {(candidates.data ?? []).map((candidate, index) => (
        <View key={candidate.userId} className="tj-assign__candidate" data-candidate={candidate.userId}>
          <View className="tj-stack">
            <Text>
              {index + 1}. {candidate.name}
            </Text>
            <Text className="tj-muted">{reasons(candidate)}</Text>
          </View>
          <Button size="small" disabled={busy} onClick={() => onAssign({ mediatorUserId: candidate.userId })}>
            分派
          </Button>
        </View>
      ))}
    </View>
  )
}
