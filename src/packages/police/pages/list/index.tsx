import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { caseStatusLabel } from '@/features/cases/case-status'
import { ReferralListScreen } from '@/features/referrals/components/referral-list-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

export default function ReferralListPage() {
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return (
    <PageShell>
      {loggedIn ? (
        <ReferralListScreen
          statusLabel={caseStatusLabel}
          onOpenCase={(caseId) => openRoute(withQuery(ROUTES.caseDetail, { id: caseId }))}
        />
      ) : (
        <LoginRequired reason="登录民警账号后查看转介记录。" />
      )}
    </PageShell>
  )
}
