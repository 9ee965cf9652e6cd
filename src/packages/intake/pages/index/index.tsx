import { useMemo } from 'react'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { IntakeScreen } from '@/features/intake/components/intake-screen'
import { useIntakeDraftStore } from '@/features/intake/stores/intake-draft-store'
import { detectSpeechRecognizer } from '@/features/intake/voice/detect-recognizer'
import { useAuthStore } from '@/stores/auth-store'

/** 我要调解: the resident tells the story, the robot asks what is missing, the case goes to the right committee. */
export default function IntakePage() {
  const me = useAuthStore((state) => (state.refreshToken ? state.me : null))
  const recognizer = useMemo(() => detectSpeechRecognizer(), [])
  return (
    <PageShell>
      {me ? (
        <IntakeScreen me={me} draftStore={useIntakeDraftStore} recognizer={recognizer} />
      ) : (
        <LoginRequired reason="登录后才能申请调解，您填写的内容会自动保存。" />
      )}
    </PageShell>
  )
}
