import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { ClaimResult } from '@contract/invitations'
import { useEffect, useState } from 'react'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { ClaimScreen } from '@/features/invitations/components/claim-screen'
import { RespondentAnswer } from '@/features/invitations/components/respondent-answer'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { endSession } from '@/stores/session'

/**
 * A party's share link lands here (`?token=`). Logged out: straight to login, which navigates back here,
 * and the claim runs. A respondent first says whether they agree to mediation; then the case opens (intake
 * cannot take over a claimed case yet, so: case detail).
 */
export default function ClaimPage() {
  const token = (useRouter().params.token ?? '').trim()
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const [toAnswer, setToAnswer] = useState<ClaimResult | null>(null)
  const openCase = (caseId: string) => openRoute(withQuery(ROUTES.caseDetail, { id: caseId }))

  useEffect(() => {
    if (!loggedIn) openRoute(ROUTES.login)
  }, [loggedIn])

  return (
    <PageShell>
      {loggedIn && toAnswer ? <RespondentAnswer claimed={toAnswer} onDone={() => openCase(toAnswer.caseId)} /> : null}
      {loggedIn && !toAnswer ? (
        <ClaimScreen
          token={token}
          onClaimed={(result) => (result.role === 'respondent' ? setToAnswer(result) : openCase(result.caseId))}
          onSwitchAccount={() => endSession()}
          onOpenMyCases={() => openRoute(ROUTES.cases)}
        />
      ) : null}
      {loggedIn ? null : (
        <View>
          <LoginRequired reason="请用收到短信的手机号登录，登录后自动认领案件。" />
          <Text className="tj-section tj-muted">每个链接只能由被邀请的当事人本人认领一次。</Text>
        </View>
      )}
    </PageShell>
  )
}
