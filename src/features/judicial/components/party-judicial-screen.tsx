import type { JudicialApplication, Readiness } from '@contract/judicial'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { getReadiness } from '../api/get-readiness'
import type { CaseFileActions } from '../case-file-actions'
import { usePartyJudicial } from '../hooks/use-party-judicial'
import { LEGAL_NOTICE } from '../judicial-labels'
import { ApplicationForm } from './application-form'
import { ApplicationSummary } from './application-summary'
import { DecisionOutcome } from './decision-outcome'
import { MaterialSupply } from './material-supply'
import { PartyConfirmations } from './party-confirmations'
import { blockingChecks, ReadinessChecklist } from './readiness-checklist'
import { StatusTimeline } from './status-timeline'
import { WindowCountdown } from './window-countdown'
import './judicial.scss'

interface PartyJudicialScreenProps {
  caseId: string
  files: CaseFileActions
}

/** The parties' (and mediator's) side: readiness, the joint application, confirmations and the court's progress. */
export function PartyJudicialScreen({ caseId, files }: PartyJudicialScreenProps) {
  const { data, error, loading, reload } = usePartyJudicial(caseId)
  const [application, setApplication] = useState<JudicialApplication | null>(null)
  const [preparing, setPreparing] = useState(false)

  const [readiness, setReadiness] = useState<Readiness | null>(null)

  useEffect(() => {
    if (data) {
      setApplication(data.application)
      setReadiness(data.readiness)
    }
  }, [data])

  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading || !data || !readiness) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const { kase } = data
  const { checks } = readiness
  const blocking = blockingChecks(checks)
  const myPartyIds = kase.parties.filter((party) => party.isMe).map((party) => party.id)
  const upload = files.uploadPhotos ? () => files.uploadPhotos!(caseId) : undefined
  // After an action the server's answer replaces the application and the checks are read again (consent
  // follows the confirmations); if that read fails the previous checks stay until the next visit.
  const changed = (next: JudicialApplication) => {
    setApplication(next)
    setPreparing(false)
    getReadiness(caseId).then(setReadiness, () => undefined)
  }

  return (
    <View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">申请司法确认</Text>
        <Text className="tj-muted">
          {kase.title}（{kase.caseNumber}）。经人民法院确认有效的调解协议，一方不履行的，另一方可以申请强制执行。
        </Text>
        <Text className="tj-muted" data-testid="judicial-legal-notice">
          {LEGAL_NOTICE}
        </Text>
      </View>
      <WindowCountdown effectiveAt={data.effectiveAt} submittedAt={application?.submittedAt ?? null} />
      <ReadinessChecklist checks={checks} />
      {!application ? (
        preparing ? (
          <ApplicationForm
            caseId={caseId}
            courts={readiness.courts}
            parties={kase.parties}
            files={data.files}
            onUpload={upload}
            onCreated={changed}
          />
        ) : (
          <View className="tj-section tj-stack">
            <Button
              type="primary"
              block
              className="tj-touch"
              disabled={!readiness.canPrepare || blocking.length > 0}
              data-testid="judicial-start"
              onClick={() => setPreparing(true)}
            >
              准备申请书
            </Button>
            {blocking.length ? (
              <View className="tj-stack" role="alert" data-testid="judicial-blocked">
                <Text className="tj-error">暂不能申请司法确认：</Text>
                {blocking.map((check) => (
                  <Text key={check.code} className="tj-error">
                    {check.title}——{check.message}（{check.article}）
                  </Text>
                ))}
              </View>
            ) : null}
          </View>
        )
      ) : (
        <>
          <StatusTimeline application={application} />
          <DecisionOutcome application={application} files={files} />
          {myPartyIds.length ? (
            <MaterialSupply
              key={application.materialRequests.length}
              caseId={caseId}
              application={application}
              files={data.files}
              onUpload={upload}
              onSupplied={changed}
            />
          ) : null}
          <ApplicationSummary application={application} openFile={files.open} />
          <PartyConfirmations caseId={caseId} application={application} myPartyIds={myPartyIds} onConfirmed={changed} />
        </>
      )}
    </View>
  )
}
