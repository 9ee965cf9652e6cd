import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { ClerkQueue } from '@/features/judicial/components/clerk-queue'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

/** The court clerk's queue of judicial-confirmation applications. */
export default function JudicialClerkPage() {
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const isClerk = useAuthStore((state) => state.me?.roles.includes('court_clerk') ?? false)
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="法院工作台只对法院工作人员开放。" />
      ) : !isClerk ? (
        <EmptyState title="无权访问" description="法院工作台只对法院工作人员开放。" />
      ) : (
        <ClerkQueue onOpen={(applicationId) => openRoute(withQuery(ROUTES.judicialClerkDetail, { applicationId }))} />
      )}
    </PageShell>
  )
}
