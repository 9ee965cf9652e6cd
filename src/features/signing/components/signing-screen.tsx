import type { AgreementVersion } from '@contract/agreements'
import type { Role } from '@contract/roles'
import type { SigningStatus } from '@contract/signatures'
import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { getAgreementText } from '../api/get-agreement-text'
import { getSigningStatus } from '../api/get-signing-status'
import { listCaseDocuments, type CaseDocument } from '../api/list-case-documents'
import { signerRoleFor, turnOf } from '../signing-turn'
import { PaperSigningForm } from './paper-signing-form'
import { SignForm } from './sign-form'
import { SignedDownloads } from './signed-downloads'
import { SigningProgress } from './signing-progress'
import './signing.scss'

interface SigningScreenProps {
  caseId: string
  documentRowId: string
  activeRole: Role | null
  userId: string | null
}

interface Loaded {
  document: CaseDocument | null
  status: SigningStatus
  agreement: AgreementVersion | null
}

/** One document's signing: its text, who has signed, the signer's own step, and the downloads once sealed. */
export function SigningScreen({ caseId, documentRowId, activeRole, userId }: SigningScreenProps) {
  const load = useCallback(async (): Promise<Loaded> => {
    const [documents, status] = await Promise.all([listCaseDocuments(caseId), getSigningStatus(caseId, documentRowId)])
    const document = documents.find((item) => item.documentRowId === documentRowId) ?? null
    const agreement = document?.kind === 'agreement' ? await getAgreementText(caseId, document.version) : null
    return { document, status, agreement }
  }, [caseId, documentRowId])
  const initial = useRequest(load)
  const [status, setStatus] = useState<SigningStatus | null>(null)

  useEffect(() => {
    if (initial.data) setStatus(initial.data.status)
  }, [initial.data])

  if (initial.error) return <ErrorNotice error={initial.error} onRetry={() => void initial.reload()} />
  if (initial.loading || !initial.data || !status) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const { document, agreement } = initial.data
  if (!document) return <EmptyState title="文书不存在" description="该文书不存在或您无权查看。" />

  const as = signerRoleFor(activeRole)
  const turn = turnOf(status, as, userId)
  const parties = agreement?.confirmations ?? []
  return (
    <View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">{document.title}</Text>
        <Text className="tj-muted">
          第 {document.version} 版 · 文本校验值 {status.sha256.slice(0, 12)}…
        </Text>
        {!document.latest ? <Text className="tj-error">该版本已被新版本取代，不能签署。</Text> : null}
        {agreement ? <Text className="tj-sign-body">{agreement.body}</Text> : null}
      </View>
      {status.offlineRequired ? (
        <PaperSigningForm caseId={caseId} documentRowId={documentRowId} canRecord={as === 'mediator'} />
      ) : (
        <SigningProgress status={status} parties={parties} />
      )}
      {!status.offlineRequired && document.latest && turn.kind === 'mine' ? (
        <SignForm
          caseId={caseId}
          documentRowId={documentRowId}
          documentSha256={status.sha256}
          as={as!}
          onSigned={setStatus}
        />
      ) : null}
      {turn.kind === 'signed' ? (
        <View className="tj-section">
          <Text>您已签署，等待其他人完成签署。</Text>
        </View>
      ) : null}
      {turn.kind === 'waiting' ? (
        <View className="tj-section">
          <Text className="tj-muted">{turn.message}</Text>
        </View>
      ) : null}
      {status.stage === 'complete' && !status.offlineRequired ? (
        <SignedDownloads
          caseId={caseId}
          documentRowId={documentRowId}
          title={document.title}
          version={document.version}
        />
      ) : null}
    </View>
  )
}
