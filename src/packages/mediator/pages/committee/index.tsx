import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { CommitteeScreen } from '@/features/assignment/components/committee-screen'
import { caseStatusLabel } from '@/features/cases/case-status'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { useAuthStore } from '@/stores/auth-store'

/** 待受理 / 办理中 / 已超期 of the admin's committee. */
export default function CommitteePage() {
  const me = useAuthStore((state) => (state.refreshToken ? state.me : null))
  return (
    <PageShell>
      {me ? (
        <CommitteeScreen
          myCommitteeId={me.organisation?.id ?? null}
          statusLabel={caseStatusLabel}
          onOpenCase={(caseId) => openRoute(withQuery(ROUTES.caseDetail, { id: caseId }))}
        />
      ) : (
        <LoginRequired reason="登录调委会管理员账号后受理和分派案件。" />
      )}
    </PageShell>
  )
}
