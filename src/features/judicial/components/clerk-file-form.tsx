import type { JudicialApplication } from '@contract/judicial'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fileApplication } from '../api/file-application'
import { useClerkAction } from './clerk-action'
import { TextField } from '@/components/text-field'

interface ClerkFileFormProps {
  applicationId: string
  onDone: (application: JudicialApplication) => void
}

/** 立案: the court's case number starts the 30-day decision period (CPL 187). */
export function ClerkFileForm({ applicationId, onDone }: ClerkFileFormProps) {
  const [number, setNumber] = useState('')
  const [invalid, setInvalid] = useState<string | undefined>()
  const { busy, error, run } = useClerkAction(onDone)

  const submit = () => {
    const value = number.trim()
    if (value.length < 3 || value.length > 60) {
      setInvalid('请填写法院案号，如（2026）渝0107民特123号')
      return
    }
    setInvalid(undefined)
    void run(() => fileApplication(applicationId, value))
  }

  return (
    <View className="tj-section tj-stack" aria-label="立案">
      <Text className="tj-section__title">立案</Text>
      <Text className="tj-muted">
        审查申请材料，符合受理条件的予以立案；立案之日起三十日内审结（民事诉讼法第一百八十七条）。
      </Text>
      <TextField
        path="courtCaseNumber"
        label="法院案号"
        placeholder="如（2026）渝0107民特123号"
        value={number}
        onChange={setNumber}
        error={invalid}
      />
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={busy}
        disabled={busy}
        data-testid="clerk-file"
        onClick={submit}
      >
        立案
      </Button>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
