import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { PerformanceScreen } from '@/features/performance/components/performance-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { effectiveRole } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'

/** 履行情况: instalments after the agreement, defaults and their routes, follow-up visits and ratings. */
export default function PerformancePage() {
  const { caseId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const me = useAuthStore((state) => state.me)
  const role = effectiveRole(
    me,
    useSettingsStore((state) => state.activeRole),
  )
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="履行情况只对本案当事人和工作人员开放。" />
      ) : !caseId ? (
        <EmptyState title="未指定案件" description="请从案件详情进入履行情况。" />
      ) : (
        <PerformanceScreen caseId={caseId} activeRole={role} />
      )}
    </PageShell>
  )
}
