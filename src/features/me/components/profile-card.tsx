import type { Me } from '@contract/auth'
import { Text, View } from '@tarojs/components'
import { ROLE_LABELS } from '@/lib/roles'

export function ProfileCard({ me }: { me: Me }) {
  return (
    <View className="tj-section">
      <Text className="tj-section__title">{me.displayName}</Text>
      <View className="tj-stack">
        <Text className="tj-muted">手机号：{me.phoneMasked}</Text>
        <Text className="tj-muted">身份：{me.roles.map((role) => ROLE_LABELS[role]).join('、')}</Text>
        {me.organisation ? <Text className="tj-muted">所属机构：{me.organisation.name}</Text> : null}
      </View>
    </View>
  )
}
