import type { RecordVersionList } from '@contract/mediation-record'
import { Text, View } from '@tarojs/components'
import { formatChinaTime } from '../format-time'

interface VersionListProps {
  versions: RecordVersionList['items']
  current: number
  onOpen: (version: number) => void
}

/** Every saved version, newest first, with how many people confirmed it. */
export function VersionList({ versions, current, onOpen }: VersionListProps) {
  if (versions.length < 2) return null
  return (
    <View className="tj-section tj-stack" aria-label="历史版本">
      <Text className="tj-section__title">历史版本</Text>
      {versions.map((v) => (
        <View key={v.version} className="tj-rec-version">
          <Text>
            第 {v.version} 版 · {v.createdBy} · {formatChinaTime(v.createdAt)} · {v.confirmedCount} 人已确认
            {v.allConfirmedAt ? ' · 各方已确认' : ''}
          </Text>
          {v.version === current ? (
            <Text className="tj-muted">正在查看</Text>
          ) : (
            <View
              role="button"
              className="tj-rec-link tj-touch"
              aria-label={`查看第 ${v.version} 版`}
              onClick={() => onOpen(v.version)}
            >
              查看
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
