import { Text, View } from '@tarojs/components'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { RoleHome } from '@/features/home/components/role-home'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { effectiveRole } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'

export default function HomePage() {
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const me = useAuthStore((state) => state.me)
  const activeRole = useSettingsStore((state) => state.activeRole)
  const role = effectiveRole(me, activeRole)

  return (
    <PageShell>
      {loggedIn && me && role ? (
        <RoleHome role={role} name={me.realName.name ?? me.displayName} />
      ) : (
        <View>
          <View className="tj-section">
            <Text className="tj-section__title">在线人民调解</Text>
            <Text className="tj-muted">
              工资拖欠、租房押金、培训退费、邻里纠纷……在手机上申请调解，人民调解委员会免费为您调解。
            </Text>
          </View>
          <LoginRequired reason="登录后可申请调解、查看案件进度。" />
        </View>
      )}
    </PageShell>
  )
}
