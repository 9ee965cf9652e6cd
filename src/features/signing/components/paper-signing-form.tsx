import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { recordPaperSigning } from '../api/record-paper-signing'

interface PaperSigningFormProps {
  caseId: string
  documentRowId: string
  /** Only the case mediator may record it. */
  canRecord: boolean
}

/** ESL art 3: status matters are signed on paper; the mediator records when and how that happened. */
export function PaperSigningForm({ caseId, documentRowId, canRecord }: PaperSigningFormProps) {
  const [note, setNote] = useState('')
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const record = async () => {
    if (!note.trim()) {
      setResult({ ok: false, text: '请填写线下签署情况' })
      return
    }
    setBusy(true)
    try {
      await recordPaperSigning(caseId, documentRowId, note.trim())
      setResult({ ok: true, text: '已登记线下签署。' })
    } catch (caught) {
      setResult({ ok: false, text: messageOf(caught) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="tj-section tj-stack" role="note">
      <Text className="tj-section__title">本文书须线下纸质签署</Text>
      <Text>
        协议涉及婚姻、收养或继承等身份关系。依《电子签名法》第三条，此类文书不适用电子签名，请各方在纸质协议上签字，由调解员登记签署情况。
      </Text>
      {canRecord ? (
        <>
          <Input
            name="paperNote"
            placeholder="如：2026年12月1日在调委会签署纸质协议一式三份"
            value={note}
            onChange={setNote}
          />
          <Button block className="tj-touch" loading={busy} disabled={busy} onClick={() => void record()}>
            登记线下签署
          </Button>
        </>
      ) : null}
      {result ? <Text className={result.ok ? 'tj-muted' : 'tj-error'}>{result.text}</Text> : null}
    </View>
  )
}
