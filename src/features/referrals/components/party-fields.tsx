import { Input } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { PartyRole, ReferralErrors, ReferralFormValues } from '../referral-form-values'
import { FormField } from './form-field'

interface PartyFieldsProps {
  role: PartyRole
  values: ReferralFormValues
  errors: ReferralErrors
  onChange: (field: keyof ReferralFormValues) => (value: string) => void
}

/** Name and mobile of one party: the share link is texted to this number and only it can claim. */
export function PartyFields({ role, values, errors, onChange }: PartyFieldsProps) {
  const label = role === 'applicant' ? '申请人' : '被申请人'
  const nameField = role === 'applicant' ? 'applicantName' : 'respondentName'
  const phoneField = role === 'applicant' ? 'applicantPhone' : 'respondentPhone'
  return (
    <View className="tj-ref-party" data-party={role}>
      <FormField name={`${role}.name`} label={`${label}姓名 / 单位名称`} error={errors[`${role}.name`]}>
        <Input
          name={`${role}.name`}
          placeholder={`${label}姓名`}
          value={values[nameField]}
          onChange={onChange(nameField)}
        />
      </FormField>
      <FormField name={`${role}.phone`} label={`${label}手机号`} error={errors[`${role}.phone`]}>
        <Input
          name={`${role}.phone`}
          type="tel"
          placeholder="11位手机号"
          value={values[phoneField]}
          onChange={onChange(phoneField)}
        />
      </FormField>
    </View>
  )
}
