import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { PartyJudicialScreen } from '@/features/judicial/components/party-judicial-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { caseFileActions } from '../../case-file-actions'

/** The parties' judicial confirmation: readiness, the joint application, confirmations and the court's progress. */
export default function JudicialApplyPage() {
  const { caseId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="司法确认申请只对本案当事人和调解员开放。" />
      ) : !caseId ? (
        <EmptyState title="未指定案件" description="请从案件详情进入申请司法确认。" />
      ) : (
        <PartyJudicialScreen caseId={caseId} files={caseFileActions} />
      )}
    </PageShell>
  )
}
