import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { logout } from '@/features/auth/api/logout'
import { CareModeSetting } from '@/features/me/components/care-mode-setting'
import { ProfileCard } from '@/features/me/components/profile-card'
import { RealNameSection } from '@/features/me/components/real-name-section'
import { RoleSwitcher } from '@/features/me/components/role-switcher'
import { useAuthStore } from '@/stores/auth-store'
import { effectiveRole, endSession, updateMe } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'
import { CourtDeskEntry } from './court-desk-entry'
import { ServiceEntries } from './service-entries'

export default function MePage() {
  const me = useAuthStore((state) => state.me)
  const refreshToken = useAuthStore((state) => state.refreshToken)
  const role = effectiveRole(
    me,
    useSettingsStore((state) => state.activeRole),
  )
  const [leaving, setLeaving] = useState(false)

  const signOut = async () => {
    setLeaving(true)
    try {
      // Revoke on the server when reachable; the local session ends either way.
      if (refreshToken) await logout(refreshToken).catch(() => undefined)
    } finally {
      endSession()
      setLeaving(false)
    }
  }

  return (
    <PageShell>
      {!me || !role ? (
        <View>
          <LoginRequired reason="登录后可管理个人资料和实名信息。" />
          <View className="tj-section">
            <CareModeSetting onSaved={updateMe} localOnly />
          </View>
          <ServiceEntries loggedIn={false} />
        </View>
      ) : (
        <View>
          <ProfileCard me={me} />
          <ServiceEntries loggedIn />
          {role === 'court_clerk' ? <CourtDeskEntry /> : null}
          <RealNameSection me={me} onSaved={updateMe} />
          <View className="tj-section">
            <CareModeSetting onSaved={updateMe} />
          </View>
          <RoleSwitcher me={me} activeRole={role} onSaved={updateMe} />
          <View className="tj-inset">
            <Button block className="tj-touch" loading={leaving} onClick={() => void signOut()}>
              退出登录
            </Button>
          </View>
        </View>
      )}
    </PageShell>
  )
}
