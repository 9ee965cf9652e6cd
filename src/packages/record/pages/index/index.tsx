import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { RecordScreen } from '@/features/mediation-record/components/record-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { useCurrentRole } from '@/hooks/use-current-role'

/** The case's mediation record (`?caseId=`): the mediator generates and edits it; every party reads and confirms. */
export default function MediationRecordPage() {
  const { caseId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const role = useCurrentRole()
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="调解笔录只对本案当事人和工作人员开放。" />
      ) : !caseId ? (
        <EmptyState title="未指定案件" description="请从案件详情进入调解笔录。" />
      ) : (
        <RecordScreen
          caseId={caseId}
          isMediator={role === 'mediator'}
          onOpenOutcome={() => openRoute(withQuery(ROUTES.caseOutcome, { caseId }))}
        />
      )}
    </PageShell>
  )
}
