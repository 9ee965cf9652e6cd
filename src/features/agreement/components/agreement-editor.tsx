import type { AgreementContent, AgreementVersion } from '@contract/agreements'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { draftAgreement } from '../api/draft-agreement'
import { editAgreement } from '../api/edit-agreement'
import {
  STATUS_MATTER_LABELS,
  contentFromForm,
  emptyTerm,
  validateForm,
  type AgreementForm,
  type FormErrors,
} from '../agreement-form-values'
import { TextField } from '@/components/text-field'
import { TermEditor, type PartyOption } from './term-editor'
import '../../../styles/form-controls.scss'

type StatusMatter = NonNullable<AgreementContent['statusMatters']>[number]

interface AgreementEditorProps {
  caseId: string
  initial: AgreementForm
  parties: PartyOption[]
  /** The version the edit builds on; null for the first draft. */
  baseVersion: number | null
  onSaved: (version: AgreementVersion) => void
  onCancel?: () => void
}

export function AgreementEditor({ caseId, initial, parties, baseVersion, onSaved, onCancel }: AgreementEditorProps) {
  const [form, setForm] = useState<AgreementForm>(initial)
  const [errors, setErrors] = useState<FormErrors>({})
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (patch: Partial<AgreementForm>) => setForm((current) => ({ ...current, ...patch }))
  const toggleMatter = (matter: StatusMatter) =>
    set({
      statusMatters: form.statusMatters.includes(matter)
        ? form.statusMatters.filter((m) => m !== matter)
        : [...form.statusMatters, matter],
    })

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
      const content = contentFromForm(form)
      onSaved(
        baseVersion === null
          ? await draftAgreement(caseId, content)
          : await editAgreement(caseId, content, baseVersion),
      )
    } catch (error) {
      if (isApiError(error)) {
        setErrors(error.fieldErrors())
      }
      setSaveError(messageOf(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="tj-stack" aria-label="协议编辑">
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">
          {baseVersion === null ? '起草调解协议' : `修改协议（基于第 ${baseVersion} 版）`}
        </Text>
        <TextField
          path="facts"
          label="纠纷主要事实"
          multiline
          value={form.facts}
          error={errors.facts}
          onChange={(facts) => set({ facts })}
        />
        <TextField
          path="issues"
          label="争议焦点（每行一项）"
          multiline
          value={form.issues}
          error={errors.issues}
          onChange={(issues) => set({ issues })}
        />
        <TextField
          path="responsibilities"
          label="各方责任"
          multiline
          value={form.responsibilities}
          error={errors.responsibilities}
          onChange={(responsibilities) => set({ responsibilities })}
        />
      </View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">协议条款</Text>
        {errors.terms ? <Text className="tj-error">{errors.terms}</Text> : null}
        {form.terms.map((term, index) => (
          <TermEditor
            key={index}
            index={index}
            term={term}
            parties={parties}
            errors={errors}
            onChange={(next) => set({ terms: form.terms.map((t, i) => (i === index ? next : t)) })}
            onRemove={() => set({ terms: form.terms.filter((_, i) => i !== index) })}
          />
        ))}
        <Button block className="tj-touch" onClick={() => set({ terms: [...form.terms, emptyTerm()] })}>
          添加一条
        </Button>
        <TextField
          path="otherClauses"
          label="其他约定（可不填，每行一条）"
          multiline
          value={form.otherClauses}
          onChange={(otherClauses) => set({ otherClauses })}
        />
      </View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">是否涉及身份关系</Text>
        <View className="tj-choices">
          {(Object.keys(STATUS_MATTER_LABELS) as StatusMatter[]).map((matter) => (
            <View
              key={matter}
              role="checkbox"
              aria-checked={form.statusMatters.includes(matter)}
              className={`tj-choice tj-touch${form.statusMatters.includes(matter) ? ' tj-choice--on' : ''}`}
              onClick={() => toggleMatter(matter)}
            >
              {STATUS_MATTER_LABELS[matter]}
            </View>
          ))}
        </View>
        {form.statusMatters.length > 0 ? (
          <Text className="tj-agr-warning">
            涉及身份关系的协议不能电子签名（《电子签名法》第三条），须纸质签署并由调解员登记；确认身份关系的内容法院也不予司法确认（民诉法解释第三百五十五条第三项）。
          </Text>
        ) : null}
      </View>
      <View className="tj-section tj-stack">
        {saveError ? (
          <View className="tj-error" role="alert">
            {saveError}
          </View>
        ) : null}
        <Button
          type="primary"
          block
          className="tj-touch"
          loading={saving}
          disabled={saving}
          onClick={() => void save()}
        >
          {baseVersion === null ? '保存草稿' : '保存为新版本'}
        </Button>
        {onCancel ? (
          <Button block className="tj-touch" disabled={saving} onClick={onCancel}>
            取消修改
          </Button>
        ) : null}
      </View>
    </View>
  )
}
