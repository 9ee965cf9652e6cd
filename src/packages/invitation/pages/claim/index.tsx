import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { ClaimScreen } from '@/features/invitations/components/claim-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { endSession } from '@/stores/session'

/**
 * A party's share link lands here (`?token=`). Logged out: straight to login, which navigates back here,
 * and the claim runs. Then the case opens (intake cannot take over a claimed case yet, so: case detail).
 */
export default function ClaimPage() {
  const token = (useRouter().params.token ?? '').trim()
  const loggedIn = useAuthStore(selectIsLoggedIn)

  useEffect(() => {
    if (!loggedIn) openRoute(ROUTES.login)
  }, [loggedIn])

  return (
    <PageShell>
      {loggedIn ? (
        <ClaimScreen
          token={token}
          onClaimed={(result) => openRoute(withQuery(ROUTES.caseDetail, { id: result.caseId }))}
          onSwitchAccount={() => endSession()}
          onOpenMyCases={() => openRoute(ROUTES.cases)}
        />
      ) : (
        <View>
          <LoginRequired reason="请用收到短信的手机号登录，登录后自动认领案件。" />
          <Text className="tj-section tj-muted">每个链接只能由被邀请的当事人本人认领一次。</Text>
        </View>
      )}
    </PageShell>
  )
}
