import type { Me } from '@contract/auth'
import type { Role } from '@contract/roles'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { ROLE_LABELS } from '@/lib/roles'
import { updateSettings } from '../api/update-settings'

/** For staff holding several roles: which role's home and tools to show. Hidden for single-role accounts. */
export function RoleSwitcher({ me, activeRole, onSaved }: { me: Me; activeRole: Role; onSaved: (me: Me) => void }) {
  const [pending, setPending] = useState<Role | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (me.roles.length < 2) return null

  const choose = async (role: Role) => {
    if (role === activeRole || pending) return
    setPending(role)
    setError(null)
    try {
      onSaved(await updateSettings({ activeRole: role }))
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setPending(null)
    }
  }

  return (
    <View>
      <CellGroup title="切换身份">
        {me.roles.map((role) => (
          <Cell
            key={role}
            title={ROLE_LABELS[role]}
            extra={role === activeRole ? '当前' : pending === role ? '切换中…' : '切换'}
            clickable
            onClick={() => void choose(role)}
          />
        ))}
      </CellGroup>
      {error ? <Text className="tj-error">{error}</Text> : null}
    </View>
  )
}
