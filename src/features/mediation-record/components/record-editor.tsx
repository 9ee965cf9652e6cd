import type { MediationRecord, RecordResult, SessionMode } from '@contract/mediation-record'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { saveMediationRecord } from '../api/save-mediation-record'
import { MODE_LABELS, RESULT_LABELS, SECTION_TITLES, type SectionKey } from '../record-labels'
import { contentFromForm, formFromContent, validateForm, type FormErrors, type RecordForm } from '../record-form'
import { ChoiceChips, optionsOf } from '@/components/choice-chips'
import { DisclosureEditor } from './disclosure-editor'
import { EvidenceEditor } from './evidence-editor'
import { StatementsEditor } from './statements-editor'
import { TextField } from '@/components/text-field'

interface RecordEditorProps {
  caseId: string
  record: MediationRecord
  onSaved: (record: MediationRecord) => void
  onCancel: () => void
  /** Someone saved a newer version meanwhile: drop these edits and open the newest. */
  onLoadLatest: () => void
}

function Part({ name, children }: { name: SectionKey; children: ReactNode }) {
  return (
    <View className="tj-section tj-stack" aria-label={SECTION_TITLES[name].formal}>
      <Text className="tj-section__title">{SECTION_TITLES[name].formal}</Text>
      {children}
    </View>
  )
}

/** The editable sections of one version; saving makes a new version and earlier confirmations lapse. */
export function RecordEditor({ caseId, record, onSaved, onCancel, onLoadLatest }: RecordEditorProps) {
  const [form, setForm] = useState<RecordForm>(() => formFromContent(record.content))
  const [errors, setErrors] = useState<FormErrors>({})
  const [saveError, setSaveError] = useState<string | null>(null)
  const [stale, setStale] = useState(false)
  const [saving, setSaving] = useState(false)
  const set = (patch: Partial<RecordForm>) => setForm((current) => ({ ...current, ...patch }))
  const partyName = (partyId: string) => {
    const party = record.header.participants.find((p) => p.partyId === partyId)
    return party ? `${party.roleName} ${party.name}` : '当事人'
  }

  const save = async () => {
    const found = validateForm(form)
    setErrors(found)
    setSaveError(null)
    if (Object.keys(found).length > 0) {
      setSaveError('请先修改标红的内容')
      return
    }
    setSaving(true)
    try {
      onSaved(await saveMediationRecord(caseId, contentFromForm(form), record.version))
    } catch (error) {
      if (isApiError(error)) {
        // Server paths arrive as `content.heldAt`, `/content/statements/0/claims` or `statements[0]`.
        setErrors(error.fieldErrors('content.'))
        setStale(error.code === 'RECORD_VERSION_STALE')
      }
      setSaveError(messageOf(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="tj-stack" aria-label="笔录编辑">
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">修改调解笔录（基于第 {record.version} 版）</Text>
        <Text className="tj-muted">参加人员和身份核验结果由系统生成，不能修改。保存后各方需要重新确认。</Text>
      </View>
      <Part name="basics">
        <TextField
          path="heldAt"
          label="调解时间"
          value={form.heldAt}
          error={errors.heldAt}
          onChange={(heldAt) => set({ heldAt })}
        />
        <TextField
          path="place"
          label="调解地点"
          value={form.place}
          error={errors.place}
          onChange={(place) => set({ place })}
        />
        <ChoiceChips<SessionMode>
          path="mode"
          label="调解方式"
          options={optionsOf(MODE_LABELS)}
          value={form.mode}
          onChange={(mode) => set({ mode })}
        />
        <TextField
          path="recorderName"
          label="记录人"
          value={form.recorderName}
          error={errors.recorderName}
          onChange={(recorderName) => set({ recorderName })}
        />
      </Part>
      <Part name="disclosure">
        <DisclosureEditor
          disclosure={form.disclosure}
          errors={errors}
          partyName={partyName}
          onChange={(disclosure) => set({ disclosure })}
        />
      </Part>
      <Part name="rights">
        <TextField
          path="rightsNotice"
          label="告知内容"
          multiline
          value={form.rightsNotice}
          error={errors.rightsNotice}
          onChange={(rightsNotice) => set({ rightsNotice })}
        />
      </Part>
      <Part name="statements">
        <StatementsEditor
          statements={form.statements}
          errors={errors}
          partyName={partyName}
          onChange={(statements) => set({ statements })}
        />
      </Part>
      <Part name="evidence">
        <EvidenceEditor evidence={form.evidence} errors={errors} onChange={(evidence) => set({ evidence })} />
      </Part>
      <Part name="agreedFacts">
        <TextField
          path="agreedFacts"
          label="无争议事实（每行一项）"
          multiline
          value={form.agreedFacts}
          error={errors.agreedFacts}
          onChange={(agreedFacts) => set({ agreedFacts })}
        />
      </Part>
      <Part name="disputedPoints">
        <TextField
          path="disputedPoints"
          label="争议焦点（每行一项）"
          multiline
          value={form.disputedPoints}
          error={errors.disputedPoints}
          onChange={(disputedPoints) => set({ disputedPoints })}
        />
      </Part>
      <Part name="law">
        <TextField
          path="lawExplanation"
          label="释法说理"
          multiline
          value={form.lawExplanation}
          error={errors.lawExplanation}
          onChange={(lawExplanation) => set({ lawExplanation })}
        />
      </Part>
      <Part name="proposals">
        <TextField
          path="proposals"
          label="调解方案"
          multiline
          value={form.proposals}
          error={errors.proposals}
          onChange={(proposals) => set({ proposals })}
        />
      </Part>
      <Part name="outcome">
        <ChoiceChips<RecordResult>
          path="outcome.result"
          label="调解结果"
          options={optionsOf(RESULT_LABELS)}
          value={form.outcome.result}
          onChange={(result) => set({ outcome: { ...form.outcome, result } })}
        />
        <TextField
          path="outcome.reasons"
          label="原因（部分达成、调解不成时必填）"
          multiline
          value={form.outcome.reasons}
          error={errors['outcome.reasons']}
          onChange={(reasons) => set({ outcome: { ...form.outcome, reasons } })}
        />
      </Part>
      <View className="tj-section tj-stack">
        {saveError ? (
          <View className="tj-error" role="alert">
            {saveError}
          </View>
        ) : null}
        {stale ? (
          <Button block className="tj-touch" onClick={onLoadLatest}>
            载入最新版本
          </Button>
        ) : null}
        <Button
          type="primary"
          block
          className="tj-touch"
          loading={saving}
          disabled={saving}
          onClick={() => void save()}
        >
          保存为新版本
        </Button>
        <Button block className="tj-touch" disabled={saving} onClick={onCancel}>
          取消修改
        </Button>
      </View>
    </View>
  )
}
