import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { ReferralScreen } from '@/features/referrals/components/referral-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

/** 转介调解 (police only; the server refuses other roles with a clear message). */
export default function ReferPage() {
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return (
    <PageShell>
      {loggedIn ? (
        <ReferralScreen onOpenList={() => openRoute(ROUTES.policeReferrals)} />
      ) : (
        <LoginRequired reason="登录民警账号后才能转介纠纷。" />
      )}
    </PageShell>
  )
}
