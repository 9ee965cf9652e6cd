import { useRouter } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { SigningScreen } from '@/features/signing/components/signing-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { useSettingsStore } from '@/stores/settings-store'

/** Signing one confirmed document of a case. Params: `caseId`, `documentRowId` (the signable version). */
export default function SignPage() {
  const { caseId, documentRowId } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const me = useAuthStore((state) => state.me)
  const activeRole = useSettingsStore((state) => state.activeRole)
  return (
    <PageShell>
      {!loggedIn ? (
        <LoginRequired reason="签署需要登录，并通过发送到您本人手机的验证码确认身份。" />
      ) : !caseId || !documentRowId ? (
        <EmptyState title="未指定文书" description="请从调解协议页进入签署。" />
      ) : (
        <SigningScreen
          caseId={caseId}
          documentRowId={documentRowId}
          activeRole={activeRole ?? me?.roles[0] ?? null}
          userId={me?.id ?? null}
        />
      )}
    </PageShell>
  )
}
