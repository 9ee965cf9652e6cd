import { useRouter } from '@tarojs/taro'
import type { ReactNode } from 'react'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { useCurrentRole } from '@/hooks/use-current-role'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

interface RecordCasePageProps {
  /** What the page shows, as named in its messages: 调解笔录 or 调解结果. */
  subject: string
  children: (page: { caseId: string; isMediator: boolean }) => ReactNode
}

/** A page of one case (`?caseId=`) in this package: signed in, case given, then the screen for the caller's role. */
export function RecordCasePage({ subject, children }: RecordCasePageProps) {
  const { caseId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const role = useCurrentRole()
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason={`${subject}只对本案当事人和工作人员开放。`} />
      ) : !caseId ? (
        <EmptyState title="未指定案件" description={`请从案件详情进入${subject}。`} />
      ) : (
        children({ caseId, isMediator: role === 'mediator' })
      )}
    </PageShell>
  )
}
