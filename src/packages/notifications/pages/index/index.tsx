import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { NotificationsScreen } from '@/features/notifications/components/notifications-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

/** 消息通知: the signed-in user's in-app notices. */
export default function NotificationsPage() {
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return <PageShell>{loggedIn ? <NotificationsScreen /> : <LoginRequired reason="登录后可查看消息通知。" />}</PageShell>
}
