import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { SessionScheduling } from '@/features/scheduling/components/session-scheduling'
import { SessionScreen } from '@/features/session/components/session-screen'
import { useAuthStore } from '@/stores/auth-store'
import { RecordEntry } from './record-entry'

/** The live mediation room of a case (`?caseId=`): joint room plus caucus rooms. */
export default function SessionRoomPage() {
  const caseId = useRouter().params.caseId ?? ''
  const me = useAuthStore((state) => (state.refreshToken ? state.me : null))
  return (
    <PageShell>
      {!me ? <LoginRequired reason="登录后才能进入调解室。" /> : null}
      {me && caseId === '' ? <View className="tj-section tj-error">缺少案件编号，请从案件详情进入。</View> : null}
      {me && caseId !== '' ? <RecordEntry caseId={caseId} /> : null}
      {me && caseId !== '' ? <SessionScheduling caseId={caseId} /> : null}
      {me && caseId !== '' ? <SessionScreen caseId={caseId} myUserId={me.id} /> : null}
    </PageShell>
  )
}
