import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { parseCalculationsParam } from '@/features/opinions/calculations-param'
import { OpinionScreen } from '@/features/opinions/components/opinion-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

/** The legal opinion of one case (params `caseId`, optional `calculations`): parties and the case's staff only. */
export default function OpinionPage() {
  const params = useRouter().params
  const caseId = params.caseId ?? ''
  const calculations = parseCalculationsParam(params.calculations)
  const loggedIn = useAuthStore(selectIsLoggedIn)

  return (
    <PageShell>
      {!loggedIn ? <LoginRequired reason="登录后才能查看法律意见书。" /> : null}
      {loggedIn && caseId === '' ? <View className="tj-section tj-error">缺少案件编号，请从案件详情进入。</View> : null}
      {loggedIn && caseId !== '' ? <OpinionScreen caseId={caseId} calculations={calculations} /> : null}
    </PageShell>
  )
}
