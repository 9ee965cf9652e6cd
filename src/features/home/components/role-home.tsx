import type { Role } from '@contract/roles'
import { Text, View } from '@tarojs/components'
import { EntryTile } from '@/components/entry-tile'
import { openRoute } from '@/lib/navigation'
import { ROLE_LABELS } from '@/lib/roles'
import { HOME_ENTRIES, HOME_GREETING } from '../entries'

export function RoleHome({ role, name }: { role: Role; name: string }) {
  return (
    <View>
      <View className="tj-section">
        <Text className="tj-section__title">
          {name}，您好（{ROLE_LABELS[role]}）
        </Text>
        <Text className="tj-muted">{HOME_GREETING[role]}</Text>
      </View>
      <View className="tj-stack tj-inset">
        {HOME_ENTRIES[role].map((entry) => (
          <EntryTile
            key={entry.key}
            title={entry.title}
            description={entry.description}
            onOpen={entry.route ? () => openRoute(entry.route as string) : undefined}
          />
        ))}
      </View>
    </View>
  )
}
