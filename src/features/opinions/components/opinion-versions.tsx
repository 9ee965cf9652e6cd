import type { OpinionVersionList } from '@contract/opinions'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { formatDateTime, formatYuan } from '../format'

/** Every generated version, newest first; the one on screen is marked. */
export function OpinionVersions({
  versions,
  current,
  onOpen,
}: {
  versions: OpinionVersionList['items']
  current: number
  onOpen: (version: number) => void
}) {
  if (versions.length === 0) return null
  return (
    <CellGroup title="历史版本">
      {versions.map((item) => (
        <Cell
          key={item.id}
          className="tj-touch"
          title={`第 ${item.version} 版${item.version === current ? '（当前查看）' : ''}`}
          description={formatDateTime(item.createdAt)}
          extra={`${formatYuan(item.total)} 元`}
          clickable={item.version !== current}
          onClick={() => (item.version === current ? undefined : onOpen(item.version))}
        />
      ))}
    </CellGroup>
  )
}
