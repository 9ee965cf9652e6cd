import type { MediationRecord } from '@contract/mediation-record'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { messageOf } from '@/lib/api-error'
import { generateMediationRecord } from '../api/generate-mediation-record'
import { useMediationRecord } from '../hooks/use-mediation-record'
import { ConfirmationPanel } from './confirmation-panel'
import { RecordEditor } from './record-editor'
import { RecordFullText } from './record-full-text'
import { RecordPdfButton } from './record-pdf-button'
import { RecordSections } from './record-sections'
import { VersionList } from './version-list'
import './record.scss'

interface RecordScreenProps {
  caseId: string
  /** The signed-in user acts as a mediator; the server still decides (canEdit). */
  isMediator: boolean
  /** Opens the outcome page (the mediator records it; parties read it and the routes left to them). */
  onOpenOutcome: () => void
}

/** The mediation record of a case: the mediator generates and edits it, everyone reads and confirms it. */
export function RecordScreen({ caseId, isMediator, onOpenOutcome }: RecordScreenProps) {
  const record = useMediationRecord(caseId)
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  const generate = () => run(async () => record.adopt(await generateMediationRecord(caseId)))
  const loadLatest = () => {
    setEditing(false)
    void record.reload()
  }

  if (record.error) return <ErrorNotice error={record.error} onRetry={() => void record.reload()} />
  if (record.loading) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const { latest, shown } = record
  const errorLine = error ? (
    <View className="tj-section tj-error" role="alert">
      {error}
    </View>
  ) : null
  if (!latest || !shown) {
    return isMediator ? (
      <>
        <EmptyState
          title="尚未生成调解笔录"
          description="系统会根据案件信息、调解室记录和事实清单生成笔录初稿，您可以逐段修改后请各方确认。"
          action={
            <Button
              type="primary"
              block
              className="tj-touch"
              loading={busy}
              disabled={busy}
              onClick={() => void generate()}
            >
              生成调解笔录
            </Button>
          }
        />
        {errorLine}
      </>
    ) : (
      <EmptyState title="调解笔录尚未生成" description="调解员整理好笔录后，您可以在这里阅读并确认。" />
    )
  }
  if (editing && latest.canEdit) {
    return (
      <RecordEditor
        caseId={caseId}
        record={latest}
        onSaved={(saved: MediationRecord) => {
          setEditing(false)
          void run(() => record.adopt(saved))
        }}
        onCancel={() => setEditing(false)}
        onLoadLatest={loadLatest}
      />
    )
  }

  const plain = !latest.canEdit
  return (
    <View className={plain ? 'tj-rec tj-rec--plain' : 'tj-rec'}>
      {plain ? (
        <View className="tj-section">
          <Text className="tj-rec-intro">
            下面是调解员整理的调解笔录。请逐段阅读：内容与事实相符再点“确认笔录”；有出入的，请先告诉调解员修改。
          </Text>
        </View>
      ) : null}
      {!shown.latest ? (
        <View className="tj-section tj-stack">
          <Text className="tj-muted">
            您正在查看第 {shown.version} 版，最新为第 {latest.version} 版。
          </Text>
          <Button block className="tj-touch" onClick={record.showLatest}>
            回到最新版本
          </Button>
        </View>
      ) : null}
      <RecordSections record={shown} plain={plain} />
      <RecordFullText text={shown.text} />
      <ConfirmationPanel
        key={shown.version}
        caseId={caseId}
        record={shown}
        onConfirmed={record.adopt}
        onLoadLatest={loadLatest}
      />
      <RecordPdfButton record={shown} />
      {latest.canEdit && shown.latest ? (
        <View className="tj-section tj-stack">
          <Button block type="primary" className="tj-touch" disabled={busy} onClick={() => setEditing(true)}>
            修改笔录
          </Button>
          <Button block className="tj-touch" loading={busy} disabled={busy} onClick={() => void generate()}>
            按最新调解记录重新生成
          </Button>
          <Text className="tj-muted">重新生成会产生新版本，手工修改的内容不会带入，各方需重新确认。</Text>
        </View>
      ) : null}
      {errorLine}
      <View className="tj-section">
        <Button block className="tj-touch" onClick={onOpenOutcome}>
          {latest.canEdit ? '记录调解结果' : '查看调解结果与后续途径'}
        </Button>
      </View>
      <VersionList versions={record.versions} current={shown.version} onOpen={(v) => void run(() => record.open(v))} />
    </View>
  )
}
