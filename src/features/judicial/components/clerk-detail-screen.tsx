import type { JudicialApplication } from '@contract/judicial'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { courtAgreementPath, courtFilePath } from '../api/court-file-paths'
import { getCourtApplication } from '../api/get-court-application'
import type { CaseFileActions } from '../case-file-actions'
import { formatChinaTime } from '../judicial-dates'
import { PARTY_ROLE_LABELS, statusLabel } from '../judicial-labels'
import { ApplicationSummary } from './application-summary'
import { ClerkDecisionForm } from './clerk-decision-form'
import { ClerkFileForm } from './clerk-file-form'
import { ClerkMaterialsForm } from './clerk-materials-form'
import { DeadlineBadge } from './deadline-badge'
import { FileButton } from './file-button'
import { StatusTimeline } from './status-timeline'
import './judicial.scss'

interface ClerkDetailScreenProps {
  applicationId: string
  files: CaseFileActions
}

/** One application for the court: what was filed, the deadline, and the action its status allows. */
export function ClerkDetailScreen({ applicationId, files }: ClerkDetailScreenProps) {
  const load = useCallback(() => getCourtApplication(applicationId), [applicationId])
  const { data, error, loading, reload } = useRequest(load)
  const [application, setApplication] = useState<JudicialApplication | null>(null)
  useEffect(() => {
    if (data) setApplication(data)
  }, [data])

  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading || !application) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const { status } = application
  // The court's own routes open the application's files from submission on, before filing.
  const openFile = (fileId: string, fileName: string) => files.openPath(courtFilePath(application.id, fileId), fileName)
  const openAgreement = () => files.openPath(courtAgreementPath(application.id), '调解协议书.pdf')

  return (
    <View>
      <View className="tj-section tj-stack">
        <View className="tj-jc-item__head">
          <Text className="tj-section__title">{application.courtCaseNumber ?? '尚未立案'}</Text>
          <DeadlineBadge application={application} />
        </View>
        <Text className="tj-muted">调解案件 {application.caseNumber}</Text>
        <Text data-testid="clerk-status">状态：{statusLabel(status)}</Text>
        {application.agreementEffectiveAt ? (
          <Text className="tj-muted">调解协议生效：{formatChinaTime(application.agreementEffectiveAt)}</Text>
        ) : null}
        {application.parties.map((party) => (
          <Text key={party.partyId}>
            {PARTY_ROLE_LABELS[party.role] ?? party.role} {party.name}
            {party.confirmedAt ? `（${formatChinaTime(party.confirmedAt)} 确认申请书）` : ''}
          </Text>
        ))}
      </View>
      <StatusTimeline application={application} />
      <ApplicationSummary application={application} openFile={openFile} openAgreement={openAgreement} />
      {application.materialRequests.map((request) => (
        <View key={request.id} className="tj-section tj-stack" data-testid={`clerk-material-${request.id}`}>
          <Text className="tj-jc-item__title">补充材料：{request.message}</Text>
          <Text className="tj-muted">
            {formatChinaTime(request.requestedAt)} 通知
            {request.dueDate ? `，补充期限 ${request.dueDate}` : '，未指定期限'}
            {request.suppliedAt ? `；${formatChinaTime(request.suppliedAt)} 已补充` : '；尚未补充'}
          </Text>
          {request.fileIds.map((fileId, index) => (
            <FileButton
              key={fileId}
              label={`查看补充材料 ${index + 1}`}
              open={() => openFile(fileId, `补充材料${index + 1}`)}
            />
          ))}
        </View>
      ))}
      {status === 'submitted' ? <ClerkFileForm applicationId={application.id} onDone={setApplication} /> : null}
      {status === 'materials_requested' ? (
        <View className="tj-section">
          <Text className="tj-muted">等待当事人补充材料；材料补齐后可以作出裁定。</Text>
        </View>
      ) : null}
      {status === 'filed' ? <ClerkDecisionForm applicationId={application.id} onDone={setApplication} /> : null}
      {status === 'filed' || status === 'materials_requested' ? (
        <ClerkMaterialsForm applicationId={application.id} onDone={setApplication} />
      ) : null}
      {application.rulingFileId ? (
        <View className="tj-section tj-stack">
          <Text>
            {status === 'confirmed' ? '已裁定调解协议有效' : `已裁定驳回申请：${application.decisionReasons ?? ''}`}
          </Text>
          <FileButton
            label="查看民事裁定书"
            testId="clerk-open-ruling"
            open={() => openFile(application.rulingFileId!, '民事裁定书.pdf')}
          />
        </View>
      ) : null}
    </View>
  )
}
