import type { FailureRoutes } from '@contract/mediation-record'
import type { CaseOutcome } from '@contract/referrals'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { getFailureRoutes } from '../api/get-failure-routes'
import { getMyCaseRole } from '../api/get-my-case-role'
import { OUTCOME_LABELS } from '../record-labels'
import { FailureRoutesView } from './failure-routes-view'
import { OutcomeForm } from './outcome-form'
import './record.scss'

interface OutcomeScreenProps {
  caseId: string
  /** The signed-in user acts as a mediator (the server refuses anyone else). */
  isMediator: boolean
  /** 达成协议 and 部分达成 lead on to the agreement. */
  onOpenAgreement: () => void
}

interface Shown {
  outcome: CaseOutcome | null
  reason: string | null
  routes: FailureRoutes | null
  noticesServed: number | null
}

/** How the mediation ended; when it failed, the routes left to each party with their articles and time limits. */
export function OutcomeScreen({ caseId, isMediator, onOpenAgreement }: OutcomeScreenProps) {
  const load = useCallback(
    async () =>
      Promise.all([getFailureRoutes(caseId), getMyCaseRole(caseId)]).then(([routes, myRole]) => ({ routes, myRole })),
    [caseId],
  )
  const loaded = useRequest(load)
  const [shown, setShown] = useState<Shown | null>(null)

  useEffect(() => {
    if (!loaded.data) return
    const { routes } = loaded.data
    setShown({ outcome: routes.outcome, reason: routes.reason, routes, noticesServed: null })
  }, [loaded.data])

  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={() => void loaded.reload()} />
  if (loaded.loading || !loaded.data || !shown) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const myPartyRole = loaded.data.myRole === 'staff' ? null : loaded.data.myRole
  const { outcome, reason, routes, noticesServed } = shown
  const agreed = outcome === 'agreement' || outcome === 'partial' || outcome === 'performed'
  // Routes also apply while mediation goes on once a labour case passed 15 days (LDMAL 14); not after full agreement.
  const agreedInFull = outcome === 'agreement' || outcome === 'performed'

  return (
    <View>
      {outcome ? (
        <View className="tj-section tj-stack" aria-label="调解结果">
          <Text className="tj-section__title">调解结果：{OUTCOME_LABELS[outcome]}</Text>
          {reason ? <Text className="tj-rec-text">原因：{reason}</Text> : null}
          {noticesServed ? <Text className="tj-muted">已向 {noticesServed} 位当事人送达终止调解告知书。</Text> : null}
          {agreed ? (
            <Button type="primary" block className="tj-touch" onClick={onOpenAgreement}>
              {outcome === 'partial' ? '就已达成的部分起草调解协议' : isMediator ? '起草调解协议' : '查看调解协议'}
            </Button>
          ) : null}
        </View>
      ) : isMediator ? (
        <OutcomeForm
          caseId={caseId}
          onRecorded={(result, recorded, recordedReason) =>
            setShown({
              outcome: recorded,
              reason: recordedReason,
              routes: result.failureRoutes,
              noticesServed: result.noticesServed,
            })
          }
        />
      ) : (
        <View className="tj-section">
          <Text className="tj-muted">调解还在进行中，调解员记录结果后会在这里告诉您。</Text>
        </View>
      )}
      {routes?.applies && !agreedInFull ? (
        <FailureRoutesView routes={routes} myPartyRole={myPartyRole} stillMediating={outcome === null} />
      ) : null}
    </View>
  )
}
