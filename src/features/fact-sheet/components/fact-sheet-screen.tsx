import type { FactItem, MarkFactBody } from '@contract/fact-sheet'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { getFactSheet } from '../api/get-fact-sheet'
import { markFact } from '../api/mark-fact'
import { canMark, STATED_BY_LABELS, STATUS_LABELS, type FactPartyRole } from '../fact-labels'
import { FactMarkForm } from './fact-mark-form'
import { FactMarks } from './fact-marks'
import './fact-sheet.scss'

interface FactSheetScreenProps {
  caseId: string
  /** The caller's side of the case; null for mediators and committee staff (read only). */
  myRole: FactPartyRole | null
}

const GROUPS: Array<FactItem['status']> = ['disputed', 'pending', 'agreed']

/** Agreed and disputed points side by side; parties mark what the other side (or the police) stated. */
export function FactSheetScreen({ caseId, myRole }: FactSheetScreenProps) {
  const sheet = useRequest(useCallback(() => getFactSheet(caseId), [caseId]))
  const [busyId, setBusyId] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const mark = async (factId: string, body: MarkFactBody) => {
    setBusyId(factId)
    setErrors((current) => ({ ...current, [factId]: '' }))
    try {
      await markFact(caseId, factId, body)
      await sheet.reload()
    } catch (error) {
      setErrors((current) => ({ ...current, [factId]: messageOf(error) }))
    } finally {
      setBusyId(null)
    }
  }

  if (sheet.error) return <ErrorNotice error={sheet.error} onRetry={() => void sheet.reload()} />
  if (!sheet.data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const { items, summary } = sheet.data
  if (items.length === 0) {
    return <EmptyState title="事实清单还是空的" description="当事人陈述的事实会列在这里，由对方确认同意或提出异议。" />
  }
  return (
    <View className="tj-stack">
      <View className="tj-section tj-fact-summary" data-testid="fact-summary">
        <Text>双方一致 {summary.agreed} 项</Text>
        <Text className="tj-fact-summary__disputed">有争议 {summary.disputed} 项</Text>
        <Text>待确认 {summary.pending} 项</Text>
      </View>
      {myRole === null ? <Text className="tj-section tj-muted">事实由当事人确认；您可以查看双方的意见。</Text> : null}
      {GROUPS.map((status) => {
        const group = items.filter((item) => item.status === status)
        if (group.length === 0) return null
        return (
          <View key={status} className="tj-section tj-stack" data-group={status}>
            <Text className="tj-section__title">
              {STATUS_LABELS[status]}（{group.length}）
            </Text>
            {group.map((item) => (
              <View key={item.id} className={`tj-fact tj-fact--${item.status}`} data-fact={item.id}>
                <Text className="tj-fact__statement">{item.statement}</Text>
                <Text className="tj-muted">{STATED_BY_LABELS[item.statedBy]}</Text>
                <FactMarks item={item} />
                {canMark(item, myRole) ? (
                  <FactMarkForm
                    item={item}
                    myRole={myRole}
                    busy={busyId === item.id}
                    serverError={errors[item.id] || null}
                    onMark={(body) => void mark(item.id, body)}
                  />
                ) : null}
              </View>
            ))}
          </View>
        )
      })}
    </View>
  )
}
