import type { Region } from '@contract/organisations'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { listRegions } from '../api/list-regions'
import { ChoiceChips } from './choice-chips'

/** Levels at which a committee can be found: a resident may stop at the district if unsure of the street. */
const CHOOSABLE = ['district', 'street', 'community']

/**
 * When the place in the story matched no known area: pick it step by step (区 → 街道 → 社区), tapping the
 * names rather than typing them.
 */
export function RegionChooser({ onChoose }: { onChoose: (region: Region) => void }) {
  const [regions, setRegions] = useState<Region[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [path, setPath] = useState<Region[]>([])

  useEffect(() => {
    let live = true
    listRegions()
      .then((items) => live && setRegions(items))
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
  }, [])

  if (failed) return <Text className="tj-error">地区列表未能读取，请检查网络后重试。</Text>
  if (!regions) return <Text className="tj-muted">正在读取地区…</Text>

  const parent = path.at(-1) ?? null
  const codes = new Set(regions.map((r) => r.code))
  const children = regions.filter((r) =>
    parent ? r.parentCode === parent.code : r.parentCode === null || !codes.has(r.parentCode),
  )

  return (
    <View className="tj-stack" data-testid="region-chooser">
      <Text>请选择纠纷发生地或您居住的地方：</Text>
      {path.length ? <Text className="tj-muted">已选：{path.map((r) => r.name).join(' / ')}</Text> : null}
      <ChoiceChips
        choices={children.map((r) => ({ value: r.code, label: r.name }))}
        onPick={(choice) => {
          const region = regions.find((r) => r.code === choice.value) as Region
          const deeper = regions.some((r) => r.parentCode === region.code)
          if (deeper) setPath([...path, region])
          else onChoose(region)
        }}
      />
      {parent && CHOOSABLE.includes(parent.level) ? (
        <View className="tj-intake-link" role="button" onClick={() => onChoose(parent)}>
          <Text>就选“{parent.name}”</Text>
        </View>
      ) : null}
      {path.length ? (
        <View className="tj-intake-link" role="button" onClick={() => setPath(path.slice(0, -1))}>
          <Text>返回上一级</Text>
        </View>
      ) : null}
    </View>
  )
}
