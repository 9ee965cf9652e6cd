import type { ClaimResult } from '@contract/invitations'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { isApiError, clientError, type ApiError } from '@/lib/api-error'
import { claimInvitation } from '../api/claim-invitation'
import { remedyFor, tokenError } from '../claim-errors'

const ROLE_LABELS: Record<string, string> = { applicant: '申请人', respondent: '被申请人' }

interface ClaimScreenProps {
  token: string
  /** Called once the side is taken (also when this account had already taken it). */
  onClaimed: (result: ClaimResult) => void
  onSwitchAccount: () => void
  onOpenMyCases: () => void
}

/** Claims as soon as it is shown (the user is logged in by then); failures say what to do next. */
export function ClaimScreen({ token, onClaimed, onSwitchAccount, onOpenMyCases }: ClaimScreenProps) {
  const [error, setError] = useState<ApiError | null>(() => tokenError(token))
  const [result, setResult] = useState<ClaimResult | null>(null)
  const started = useRef(false)
  const onClaimedRef = useRef(onClaimed)
  onClaimedRef.current = onClaimed

  useEffect(() => {
    if (started.current || tokenError(token)) return
    started.current = true
    claimInvitation(token).then(
      (claimed) => {
        setResult(claimed)
        onClaimedRef.current(claimed)
      },
      (caught: unknown) => setError(isApiError(caught) ? caught : clientError('REQUEST_FAILED')),
    )
  }, [token])

  if (error) {
    const { hint, remedy } = remedyFor(error.code)
    return (
      <View className="tj-section tj-stack" role="alert" data-error-code={error.code}>
        <Text className="tj-section__title">无法认领案件</Text>
        <Text className="tj-error">{error.message}</Text>
        {hint ? <Text className="tj-muted">{hint}</Text> : null}
        {remedy === 'switch-account' ? (
          <Button type="primary" block className="tj-touch" onClick={onSwitchAccount}>
            切换账号
          </Button>
        ) : null}
        {remedy === 'my-cases' ? (
          <Button block className="tj-touch" onClick={onOpenMyCases}>
            查看我的案件
          </Button>
        ) : null}
      </View>
    )
  }
  if (!result) {
    return (
      <View className="tj-section">
        <Loading>正在认领案件…</Loading>
      </View>
    )
  }
  return (
    <View className="tj-section tj-stack" role="status">
      <Text className="tj-section__title">认领成功</Text>
      <Text>案件编号：{result.caseNumber}</Text>
      <Text>
        您的身份：{ROLE_LABELS[result.role] ?? result.role}（{result.prefill.myName}）
      </Text>
      {result.prefill.narrative ? <Text className="tj-muted">案情：{result.prefill.narrative}</Text> : null}
      <Text className="tj-muted">正在打开案件…</Text>
    </View>
  )
}
