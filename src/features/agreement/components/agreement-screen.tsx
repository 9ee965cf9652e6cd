import type { AgreementComment, AgreementTemplate, AgreementVersion, AgreementVersionList } from '@contract/agreements'
import type { Role } from '@contract/roles'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { formFromContent, emptyTerm, type AgreementForm } from '../agreement-form-values'
import { getAgreement } from '../api/get-agreement'
import { getAgreementTemplate } from '../api/get-agreement-template'
import { getAgreementVersion } from '../api/get-agreement-version'
import { getMyCaseRole } from '../api/get-my-case-role'
import { listAgreementComments } from '../api/list-agreement-comments'
import { listAgreementVersions } from '../api/list-agreement-versions'
import { AgreementDocument } from './agreement-document'
import { AgreementEditor } from './agreement-editor'
import { AgreementFlags, OfflineSigningNotice } from './agreement-flags'
import { CommentForm } from './comment-form'
import { ConfirmationPanel } from './confirmation-panel'
import { VersionHistory } from './version-history'
import './agreement.scss'

interface AgreementScreenProps {
  caseId: string
  activeRole: Role | null
  /** Opens the signing page for a confirmed version. */
  onSign: (documentRowId: string) => void
}

interface Loaded {
  latest: AgreementVersion | null
  versions: AgreementVersionList['items']
  comments: AgreementComment[]
  myRole: string
  template: AgreementTemplate | null
}

function startingForm(latest: AgreementVersion | null, template: AgreementTemplate | null): AgreementForm {
  if (latest) return formFromContent(latest.content)
  if (template) return formFromContent(template.suggested)
  return { ...formFromContent({ facts: '', issues: [], responsibilities: '', terms: [] }), terms: [emptyTerm()] }
}

export function AgreementScreen({ caseId, activeRole, onSign }: AgreementScreenProps) {
  const isMediator = activeRole === 'mediator'
  const load = useCallback(async (): Promise<Loaded> => {
    const [latest, myRole, template] = await Promise.all([
      getAgreement(caseId),
      getMyCaseRole(caseId),
      isMediator ? getAgreementTemplate(caseId) : Promise.resolve(null),
    ])
    if (!latest) return { latest, versions: [], comments: [], myRole, template }
    const [list, comments] = await Promise.all([listAgreementVersions(caseId), listAgreementComments(caseId)])
    return { latest, versions: list.items, comments, myRole, template }
  }, [caseId, isMediator])
  const initial = useRequest(load)
  const [shown, setShown] = useState<AgreementVersion | null>(null)
  const [latest, setLatest] = useState<AgreementVersion | null>(null)
  const [versions, setVersions] = useState<AgreementVersionList['items']>([])
  const [comments, setComments] = useState<AgreementComment[]>([])
  const [editing, setEditing] = useState(false)
  const [commentOn, setCommentOn] = useState<{ key: string; label: string } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!initial.data) return
    setLatest(initial.data.latest)
    setShown(initial.data.latest)
    setVersions(initial.data.versions)
    setComments(initial.data.comments)
  }, [initial.data])

  if (initial.error) return <ErrorNotice error={initial.error} onRetry={() => void initial.reload()} />
  if (initial.loading || !initial.data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const { myRole, template } = initial.data
  const myPartyRole = myRole === 'staff' ? null : myRole
  const parties = template?.parties ?? latest?.confirmations ?? []

  const saved = async (version: AgreementVersion) => {
    setEditing(false)
    setLatest(version)
    setShown(version)
    try {
      setVersions((await listAgreementVersions(caseId)).items)
    } catch (caught) {
      setError(messageOf(caught))
    }
  }
  const open = async (version: number) => {
    setError(null)
    try {
      setShown(await getAgreementVersion(caseId, version))
    } catch (caught) {
      setError(messageOf(caught))
    }
  }

  if (isMediator && (editing || !latest)) {
    return (
      <AgreementEditor
        caseId={caseId}
        initial={startingForm(latest, template)}
        parties={parties}
        baseVersion={latest?.version ?? null}
        onSaved={(version) => void saved(version)}
        onCancel={latest ? () => setEditing(false) : undefined}
      />
    )
  }
  if (!latest || !shown) {
    return <EmptyState title="调解协议尚未起草" description="调解员起草协议后，您可以在这里阅读、提出意见并确认。" />
  }

  // Parties comment; the mediator answers by editing the text.
  const commentsOpen = myPartyRole !== null && shown.latest && !latest.confirmedAt && !latest.effectiveAt
  return (
    <View>
      {shown.offlineSigningRequired ? <OfflineSigningNotice /> : null}
      {isMediator ? <AgreementFlags flags={shown.flags} /> : null}
      {commentOn ? (
        <CommentForm
          caseId={caseId}
          clause={commentOn}
          onAdded={(comment) => {
            setComments([...comments, comment])
            setCommentOn(null)
          }}
          onCancel={() => setCommentOn(null)}
        />
      ) : null}
      <AgreementDocument
        agreement={shown}
        comments={comments}
        onComment={commentsOpen ? (key, label) => setCommentOn({ key, label }) : undefined}
      />
      {shown.latest ? (
        <ConfirmationPanel
          caseId={caseId}
          agreement={shown}
          myPartyRole={myPartyRole}
          onConfirmed={(version) => {
            setLatest(version)
            setShown(version)
          }}
          onSign={() => onSign(shown.documentRowId)}
        />
      ) : (
        <View className="tj-section">
          <Button block className="tj-touch" onClick={() => setShown(latest)}>
            回到最新版本
          </Button>
        </View>
      )}
      {isMediator && !latest.effectiveAt ? (
        <View className="tj-section">
          <Button block className="tj-touch" onClick={() => setEditing(true)}>
            修改协议
          </Button>
        </View>
      ) : null}
      {error ? <Text className="tj-error">{error}</Text> : null}
      <VersionHistory caseId={caseId} versions={versions} current={shown.version} onOpen={(v) => void open(v)} />
    </View>
  )
}
