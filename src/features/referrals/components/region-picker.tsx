import type { Region } from '@contract/organisations'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from './choice-chips'

interface RegionPickerProps {
  regions: Region[]
  value: string
  onChange: (regionCode: string) => void
}

/** Street first, then (optionally) the community: routing is more precise with the community. */
export function RegionPicker({ regions, value, onChange }: RegionPickerProps) {
  const byCode = new Map(regions.map((region) => [region.code, region]))
  const streets = regions.filter((region) => region.level === 'street')
  // Deployments without a street level still need a choice: fall back to districts.
  const tops = streets.length > 0 ? streets : regions.filter((region) => region.level === 'district')
  const selected = byCode.get(value)
  const streetCode = selected?.level === 'community' ? (selected.parentCode ?? '') : value
  const communities = regions.filter((region) => region.level === 'community' && region.parentCode === streetCode)

  if (tops.length === 0) return <Text className="tj-muted">暂无可选的地区</Text>
  return (
    <View className="tj-stack">
      <ChoiceChips
        label="街道"
        value={streetCode}
        onChange={onChange}
        choices={tops.map((region) => ({ value: region.code, label: region.name }))}
      />
      {communities.length > 0 ? (
        <ChoiceChips
          label="社区（可选）"
          value={selected?.level === 'community' ? value : ''}
          onChange={onChange}
          choices={communities.map((region) => ({ value: region.code, label: region.name }))}
        />
      ) : null}
    </View>
  )
}
