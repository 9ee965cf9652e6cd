import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useCallback } from 'react'
import { useRequest } from '@/hooks/use-request'
import { getAgreementEffectiveAt } from '../api/get-agreement-effective-at'
import { applicationWindow } from '../judicial-dates'

interface JudicialEntryProps {
  caseId: string
  /** The case is already with the court (status judicial_confirmation). */
  inProgress: boolean
  onOpen: () => void
}

/** Case detail → 申请司法确认, offered once the agreement is effective (PML 33), with the days left. */
export function JudicialEntry({ caseId, inProgress, onOpen }: JudicialEntryProps) {
  const load = useCallback(() => getAgreementEffectiveAt(caseId), [caseId])
  const { data: effectiveAt } = useRequest(load)
  if (!effectiveAt && !inProgress) return null
  const window = effectiveAt ? applicationWindow(effectiveAt) : null
  const extra = inProgress ? '查看进度' : window && window.daysLeft >= 0 ? `剩 ${window.daysLeft} 天` : '已过申请期限'
  return (
    // NutUI's Cell drops data-* props: the wrapper carries the test id.
    <CellGroup title="司法确认">
      <View data-testid="case-judicial">
        <Cell
          title={inProgress ? '司法确认进度' : '申请司法确认'}
          description="调解协议生效之日起三十日内，双方可共同向法院申请确认（人民调解法第三十三条）"
          extra={extra}
          clickable
          onClick={onOpen}
        />
      </View>
    </CellGroup>
  )
}
