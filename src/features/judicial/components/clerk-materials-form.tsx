import type { JudicialApplication } from '@contract/judicial'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { requestMaterials } from '../api/request-materials'
import { useClerkAction } from './clerk-action'
import { TextField } from './text-field'

interface ClerkMaterialsFormProps {
  applicationId: string
  onDone: (application: JudicialApplication) => void
}

/** Asks the parties for supplementary statements or proof (CPL-Interp 354, 356); they are notified at once. */
export function ClerkMaterialsForm({ applicationId, onDone }: ClerkMaterialsFormProps) {
  const [message, setMessage] = useState('')
  const [invalid, setInvalid] = useState<string | undefined>()
  const { busy, error, run } = useClerkAction((application) => {
    setMessage('')
    onDone(application)
  })

  const submit = () => {
    const value = message.trim()
    if (value.length < 2) {
      setInvalid('请写明需要当事人补充的材料')
      return
    }
    if (value.length > 1000) {
      setInvalid('补充材料说明不能超过 1000 字')
      return
    }
    setInvalid(undefined)
    void run(() => requestMaterials(applicationId, value))
  }

  return (
    <View className="tj-section tj-stack" aria-label="要求补充材料">
      <Text className="tj-section__title">要求补充材料</Text>
      <TextField
        path="materialsMessage"
        label="需补充的材料"
        placeholder="如：请补充被申请人营业执照副本"
        value={message}
        onChange={setMessage}
        error={invalid}
        multiline
      />
      <Button block className="tj-touch" loading={busy} disabled={busy} data-testid="clerk-request" onClick={submit}>
        发送补充材料通知
      </Button>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
