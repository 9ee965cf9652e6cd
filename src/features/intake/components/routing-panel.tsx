import type { Routing } from '@contract/intake'
import type { Region } from '@contract/organisations'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ApiError } from '@/lib/api-error'
import { RegionChooser } from './region-chooser'

/** Routing errors the resident fixes by naming the place. */
const PLACE_ERRORS = ['INTAKE_REGION_REQUIRED', 'INTAKE_REGION_UNKNOWN', 'INTAKE_NO_COMMITTEE']

type Committee = Routing['recommended']

function CommitteeOption({
  committee,
  chosen,
  onChoose,
}: {
  committee: Committee
  chosen: boolean
  onChoose: () => void
}) {
  return (
    <View
      className={`tj-intake-committee ${chosen ? 'tj-intake-committee--on' : ''}`}
      role="radio"
      aria-checked={chosen}
      data-committee={committee.id}
      onClick={onChoose}
    >
      <Text className="tj-intake-fact__label">
        {chosen ? '✔ ' : ''}
        {committee.name}
      </Text>
      <Text>{committee.reason}</Text>
      <Text className="tj-muted">
        {committee.address} {committee.phone}
      </Text>
    </View>
  )
}

/** Which committee will mediate and why; the resident may choose another competent one. */
export function RoutingPanel({
  routing,
  error,
  loading,
  chosenId,
  onChoose,
  onChooseRegion,
}: {
  routing: Routing | null
  error: ApiError | null
  loading: boolean
  chosenId: string | null
  onChoose: (id: string) => void
  onChooseRegion: (region: Region) => void
}) {
  const [choosingPlace, setChoosingPlace] = useState(false)
  const chooseRegion = (region: Region) => {
    setChoosingPlace(false)
    onChooseRegion(region)
  }
  if (loading) {
    return (
      <View className="tj-section">
        <Loading>正在查找调解组织…</Loading>
      </View>
    )
  }
  if (error) {
    return (
      <View className="tj-section tj-stack">
        <View className="tj-error" role="alert">
          {error.message}
        </View>
        {PLACE_ERRORS.includes(error.code) ? <RegionChooser onChoose={chooseRegion} /> : null}
      </View>
    )
  }
  if (!routing) return null
  const selected = chosenId ?? routing.recommended.id
  return (
    <View className="tj-section tj-stack" data-testid="intake-routing">
      <Text className="tj-section__title">由这里为您调解（{routing.regionName}）</Text>
      <CommitteeOption
        committee={routing.recommended}
        chosen={selected === routing.recommended.id}
        onChoose={() => onChoose(routing.recommended.id)}
      />
      {routing.alternatives.length ? <Text className="tj-muted">也可以选择：</Text> : null}
      {routing.alternatives.map((committee) => (
        <CommitteeOption
          key={committee.id}
          committee={committee}
          chosen={selected === committee.id}
          onChoose={() => onChoose(committee.id)}
        />
      ))}
      {choosingPlace ? (
        <RegionChooser onChoose={chooseRegion} />
      ) : (
        <View className="tj-intake-link" role="button" onClick={() => setChoosingPlace(true)}>
          <Text>地方不对？重新选择地区</Text>
        </View>
      )}
    </View>
  )
}
