import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { OutcomeScreen } from '@/features/mediation-record/components/outcome-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { useCurrentRole } from '@/hooks/use-current-role'

/** How the mediation of a case (`?caseId=`) ended and, when it failed, what each party can do next. */
export default function CaseOutcomePage() {
  const { caseId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const role = useCurrentRole()
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="调解结果只对本案当事人和工作人员开放。" />
      ) : !caseId ? (
        <EmptyState title="未指定案件" description="请从案件详情进入调解结果。" />
      ) : (
        <OutcomeScreen
          caseId={caseId}
          isMediator={role === 'mediator'}
          onOpenAgreement={() => openRoute(withQuery(ROUTES.agreement, { caseId }))}
        />
      )}
    </PageShell>
  )
}
