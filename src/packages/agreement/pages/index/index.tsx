import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { AgreementScreen } from '@/features/agreement/components/agreement-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { useSettingsStore } from '@/stores/settings-store'

/** The case's mediation agreement: the mediator drafts and edits; every party reads, comments and confirms. */
export default function AgreementPage() {
  const { caseId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const activeRole = useSettingsStore((state) => state.activeRole)
  const firstRole = useAuthStore((state) => state.me?.roles[0] ?? null)
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="调解协议只对本案当事人和工作人员开放。" />
      ) : !caseId ? (
        <EmptyState title="未指定案件" description="请从案件详情进入调解协议。" />
      ) : (
        <AgreementScreen
          caseId={caseId}
          activeRole={activeRole ?? firstRole}
          onSign={(documentRowId) => openRoute(withQuery(ROUTES.sign, { caseId, documentRowId }))}
        />
      )}
    </PageShell>
  )
}
