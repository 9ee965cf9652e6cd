import type { Me } from '@contract/auth'
import { Cell, Switch } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useCareMode } from '@/hooks/use-care-mode'
import { messageOf } from '@/lib/api-error'
import { useSettingsStore } from '@/stores/settings-store'
import { updateSettings } from '../api/update-settings'

/**
 * 关怀模式: applied at once on this device, then saved to the account so other devices follow.
 * Before login it is local only, so someone who needs large text can read the login page.
 */
export function CareModeSetting({ onSaved, localOnly = false }: { onSaved: (me: Me) => void; localOnly?: boolean }) {
  const care = useCareMode()
  const setCareMode = useSettingsStore((state) => state.setCareMode)
  const [error, setError] = useState<string | null>(null)

  const change = async (next: boolean) => {
    const previous = useSettingsStore.getState().careMode
    setCareMode(next)
    setError(null)
    if (localOnly) return // not logged in: the device keeps it and login applies the account's choice
    try {
      onSaved(await updateSettings({ careMode: next }))
    } catch (caught) {
      setCareMode(previous)
      setError(`${messageOf(caught)}（关怀模式未保存）`)
    }
  }

  return (
    <View>
      <Cell
        title="关怀模式"
        description="更大的字、更大的按钮"
        extra={<Switch checked={care} onChange={(value) => void change(value)} aria-label="关怀模式" />}
      />
      {error ? <Text className="tj-error">{error}</Text> : null}
    </View>
  )
}
