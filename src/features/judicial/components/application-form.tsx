import type { CaseParty } from '@contract/cases'
import type { FileInfo } from '@contract/files'
import type { JudicialApplication, Readiness } from '@contract/judicial'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { createApplication } from '../api/create-application'
import { PARTY_ROLE_LABELS } from '../judicial-labels'
import { CaseFilePicker } from './case-file-picker'
import { CourtChooser } from './court-chooser'
import { TextField } from '@/components/text-field'

interface ApplicationFormProps {
  caseId: string
  courts: Readiness['courts']
  parties: CaseParty[]
  files: FileInfo[]
  onUpload?: () => Promise<FileInfo[]>
  onCreated: (application: JudicialApplication) => void
}

type Errors = Record<string, string>

/** The facts the 申请书 needs that the case does not hold yet (CPL-Interp 354): each party's domicile and ID. */
export function ApplicationForm({
  caseId,
  courts,
  parties,
  files: initialFiles,
  onUpload,
  onCreated,
}: ApplicationFormProps) {
  const [courtId, setCourtId] = useState(courts.length === 1 ? courts[0].courtId : '')
  const [addresses, setAddresses] = useState<Record<string, string>>({})
  const [proofs, setProofs] = useState<Record<string, string[]>>({})
  const [files, setFiles] = useState(initialFiles)
  const [errors, setErrors] = useState<Errors>({})
  const [serverError, setServerError] = useState<{ message: string; details: string[] } | null>(null)
  const [busy, setBusy] = useState(false)

  const upload = onUpload
    ? async () => {
        const added = await onUpload()
        setFiles((current) => [...current, ...added])
        return added
      }
    : undefined

  const validate = (): Errors => {
    const found: Errors = {}
    if (!courtId) found.courtId = '请选择受理申请的法院'
    parties.forEach((party, index) => {
      if (!(addresses[party.id] ?? '').trim()) found[`parties.${index}.address`] = `请填写${party.name}的住所`
      if (!(proofs[party.id] ?? []).length) {
        found[`parties.${index}.idProofFileIds`] = `请选择${party.name}的身份证明材料`
      }
      if ((proofs[party.id] ?? []).length > 5) found[`parties.${index}.idProofFileIds`] = '每位当事人最多选择 5 份材料'
    })
    return found
  }

  const submit = async () => {
    const found = validate()
    setErrors(found)
    setServerError(null)
    if (Object.keys(found).length) return
    setBusy(true)
    try {
      onCreated(
        await createApplication(caseId, {
          courtId,
          parties: parties.map((party) => ({
            partyId: party.id,
            address: addresses[party.id].trim(),
            idProofFileIds: proofs[party.id],
          })),
        }),
      )
    } catch (caught) {
      setServerError({
        message: messageOf(caught),
        details: isApiError(caught) ? caught.details.map((detail) => detail.message) : [],
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="准备申请书">
      <Text className="tj-section__title">准备司法确认申请书</Text>
      <Text className="tj-muted">
        申请书列明双方当事人的身份、住所和送达方式，并附调解协议和身份证明（民诉法解释第三百五十四条）。
      </Text>
      <CourtChooser courts={courts} value={courtId} onChange={setCourtId} error={errors.courtId} />
      {parties.map((party, index) => (
        <View key={party.id} className="tj-jc-item">
          <Text className="tj-jc-item__title">
            {PARTY_ROLE_LABELS[party.role] ?? party.role}：{party.name}
          </Text>
          <TextField
            path={`parties.${index}.address`}
            label="住所"
            placeholder="如：重庆市九龙坡区杨家坪街道某路1号"
            value={addresses[party.id] ?? ''}
            onChange={(value) => setAddresses({ ...addresses, [party.id]: value })}
            error={errors[`parties.${index}.address`]}
          />
          <CaseFilePicker
            label={party.kind === 'organisation' ? '营业执照等主体资格证明' : '身份证明（身份证照片等）'}
            path={`parties.${index}.idProofFileIds`}
            files={files}
            selected={proofs[party.id] ?? []}
            onChange={(ids) => setProofs({ ...proofs, [party.id]: ids })}
            onUpload={upload}
            error={errors[`parties.${index}.idProofFileIds`]}
          />
        </View>
      ))}
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={busy}
        disabled={busy}
        data-testid="judicial-create"
        onClick={() => void submit()}
      >
        生成申请书
      </Button>
      {serverError ? (
        <View className="tj-stack" role="alert">
          <Text className="tj-error">{serverError.message}</Text>
          {serverError.details.map((detail, i) => (
            <Text key={i} className="tj-error">
              {detail}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
