import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { ClerkDetailScreen } from '@/features/judicial/components/clerk-detail-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { caseFileActions } from '../../case-file-actions'

/** One application for the court clerk: file it, ask for materials, rule. */
export default function JudicialClerkDetailPage() {
  const { applicationId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="法院工作台只对法院工作人员开放。" />
      ) : !applicationId ? (
        <EmptyState title="未指定申请" description="请从法院工作台的申请列表进入。" />
      ) : (
        <ClerkDetailScreen applicationId={applicationId} files={caseFileActions} />
      )}
    </PageShell>
  )
}
