import type { AgreementDiff, AgreementVersionList } from '@contract/agreements'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { getAgreementDiff } from '../api/get-agreement-diff'

const CHANGE_LABELS = { added: '新增', removed: '删除', changed: '修改' } as const

/** Character-level highlight: struck-through red for removed text, green for added. */
function DiffView({ diff }: { diff: AgreementDiff }) {
  return (
    <View className="tj-stack" aria-label={`第 ${diff.from} 版与第 ${diff.to} 版的差异`}>
      <Text className="tj-agr-diff__summary">{`第 ${diff.from} 版 → 第 ${diff.to} 版：${diff.summary}`}</Text>
      {diff.changes.map((change) => (
        <View key={change.clauseKey} className="tj-agr-diff__change">
          <Text className="tj-agr-clause__label">
            {change.label}（{CHANGE_LABELS[change.change]}）
          </Text>
          <View>
            {change.segments.map((segment, index) => (
              <Text key={index} className={`tj-agr-diff__${segment.op}`} data-op={segment.op}>
                {segment.text}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}

interface VersionHistoryProps {
  caseId: string
  versions: AgreementVersionList['items']
  current: number
  onOpen: (version: number) => void
}

/** Every version, newest first; each one after the first can be compared with the one before it. */
export function VersionHistory({ caseId, versions, current, onOpen }: VersionHistoryProps) {
  const [diff, setDiff] = useState<AgreementDiff | null>(null)
  const [error, setError] = useState<string | null>(null)

  const compare = async (to: number) => {
    setError(null)
    try {
      setDiff(await getAgreementDiff(caseId, to - 1, to))
    } catch (caught) {
      setError(messageOf(caught))
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="版本记录">
      <Text className="tj-section__title">版本记录</Text>
      {versions.map((item) => (
        <View key={item.version} className="tj-agr-version">
          <Text>
            第 {item.version} 版{item.version === current ? '（当前查看）' : ''}
            {item.confirmedAt ? ' · 各方已确认' : ''}
            {item.blockingFlags > 0 ? ` · ${item.blockingFlags} 项须修改` : ''}
          </Text>
          <View className="tj-agr-version__actions">
            {item.version !== current ? (
              <View role="button" className="tj-agr-link tj-touch" onClick={() => onOpen(item.version)}>
                查看
              </View>
            ) : null}
            {item.version > 1 ? (
              <View role="button" className="tj-agr-link tj-touch" onClick={() => void compare(item.version)}>
                与上一版比较
              </View>
            ) : null}
          </View>
        </View>
      ))}
      {error ? <Text className="tj-error">{error}</Text> : null}
      {diff ? <DiffView diff={diff} /> : null}
    </View>
  )
}
