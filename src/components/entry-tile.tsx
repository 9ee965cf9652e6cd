import { Text, View } from '@tarojs/components'
import './entry-tile.scss'

export interface EntryTileProps {
  title: string
  description: string
  /** Without a handler the feature is not built yet: the tile says so instead of being a dead link. */
  onOpen?: () => void
}

export function EntryTile({ title, description, onOpen }: EntryTileProps) {
  const available = onOpen !== undefined
  return (
    <View
      className={`tj-entry ${available ? '' : 'tj-entry--disabled'}`}
      aria-disabled={!available}
      role="button"
      onClick={available ? onOpen : undefined}
    >
      <View className="tj-entry__head">
        <Text className="tj-entry__title">{title}</Text>
        {available ? null : <Text className="tj-entry__soon">即将上线</Text>}
      </View>
      <Text className="tj-entry__description">{description}</Text>
    </View>
  )
}
