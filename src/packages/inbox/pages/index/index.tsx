import { useRouter } from '@tarojs/taro'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { InboxScreen } from '@/features/inbox/components/inbox-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

/** 送达文书: my inbox, or (with ?caseId=) one case's service — the party's documents or the staff's receipts. */
export default function InboxPage() {
  const { caseId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return (
    <PageShell>
      {loggedIn ? <InboxScreen caseId={caseId || undefined} /> : <LoginRequired reason="送达文书只对受送达人开放。" />}
    </PageShell>
  )
}
