import type { CatalogueList } from '@contract/intake'
import type { Region } from '@contract/organisations'
import type { CommitteeSuggestionList, ReferralCreated } from '@contract/referrals'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { createReferral } from '../api/create-referral'
import { suggestCommittees } from '../api/suggest-committees'
import {
  EMPTY_REFERRAL,
  errorPathOf,
  FACTS_MAX,
  toReferralBody,
  validateReferral,
  type ReferralErrors,
  type ReferralFormValues,
} from '../referral-form-values'
import { ChoiceChips } from './choice-chips'
import { CommitteePicker } from './committee-picker'
import { FormField } from './form-field'
import { PartyFields } from './party-fields'
import { RegionPicker } from './region-picker'

interface ReferralFormProps {
  disputeTypes: CatalogueList['items']
  regions: Region[]
  onCreated: (created: ReferralCreated) => void
}

type Suggestions = { data: CommitteeSuggestionList | null; loading: boolean; error: string | null }

export function ReferralForm({ disputeTypes, regions, onCreated }: ReferralFormProps) {
  const [values, setValues] = useState<ReferralFormValues>(EMPTY_REFERRAL)
  const [errors, setErrors] = useState<ReferralErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [suggestions, setSuggestions] = useState<Suggestions>({ data: null, loading: false, error: null })

  const set = (field: keyof ReferralFormValues) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [errorPathOf(field)]: undefined }))
  }

  const { disputeType, regionCode } = values
  useEffect(() => {
    if (disputeType === '' || regionCode === '') return
    let current = true
    setSuggestions({ data: null, loading: true, error: null })
    setValues((v) => ({ ...v, committeeId: '' }))
    suggestCommittees(disputeType, regionCode).then(
      (data) => current && setSuggestions({ data, loading: false, error: null }),
      (error: unknown) => current && setSuggestions({ data: null, loading: false, error: messageOf(error) }),
    )
    return () => {
      current = false
    }
  }, [disputeType, regionCode])

  const submit = async () => {
    const problems = validateReferral(values)
    setErrors(problems)
    setFormError(Object.keys(problems).length > 0 ? '请按提示修改后再提交' : null)
    if (Object.keys(problems).length > 0) return
    setSubmitting(true)
    try {
      onCreated(await createReferral(toReferralBody(values)))
    } catch (error) {
      if (isApiError(error)) {
        setErrors(Object.fromEntries(error.details.map((detail) => [detail.field ?? '', detail.message])))
      }
      setFormError(messageOf(error))
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View className="tj-section tj-stack tj-ref-form">
      <FormField name="incidentNumber" label="警情号" error={errors.incidentNumber}>
        <Input
          name="incidentNumber"
          placeholder="如 J5001202611260001"
          value={values.incidentNumber}
          onChange={set('incidentNumber')}
        />
      </FormField>
      <FormField name="disputeType" label="纠纷类型" error={errors.disputeType}>
        <ChoiceChips
          label="纠纷类型"
          value={values.disputeType}
          onChange={set('disputeType')}
          choices={disputeTypes.map((type) => ({ value: type.code, label: type.name }))}
        />
      </FormField>
      <FormField name="regionCode" label="纠纷发生地" error={errors.regionCode}>
        <RegionPicker regions={regions} value={values.regionCode} onChange={set('regionCode')} />
      </FormField>
      <FormField name="facts" label="简要案情" error={errors.facts}>
        <Textarea
          className="tj-ref-textarea"
          name="facts"
          placeholder="何时、何地、双方因何发生纠纷，现场处置情况"
          maxlength={FACTS_MAX}
          value={values.facts}
          onInput={(event) => set('facts')(event.detail.value)}
        />
      </FormField>
      <PartyFields role="applicant" values={values} errors={errors} onChange={set} />
      <PartyFields role="respondent" values={values} errors={errors} onChange={set} />
      <FormField name="committeeId" label="调解委员会" error={errors.committeeId}>
        <CommitteePicker
          suggestions={suggestions.data}
          loading={suggestions.loading}
          error={suggestions.error}
          value={values.committeeId}
          onChange={set('committeeId')}
        />
      </FormField>
      {formError ? (
        <View role="alert">
          <Text className="tj-error">{formError}</Text>
        </View>
      ) : null}
      <Button type="primary" block className="tj-touch" loading={submitting} onClick={() => void submit()}>
        提交转介
      </Button>
    </View>
  )
}
