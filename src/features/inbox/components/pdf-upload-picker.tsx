import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ChangeEvent } from 'react'
import { isWeapp } from '@/lib/platform'
import { choosePdfFromChat, pdfFromFile, type PickedPdf } from '../pick-pdf'

interface PdfUploadPickerProps {
  busy: boolean
  onPicked: (pdf: PickedPdf) => void
}

const LABEL = '上传新的 PDF 文书'

/** Choose a PDF to upload: from a WeChat chat in the mini-program, from the device in the browser. */
export function PdfUploadPicker({ busy, onPicked }: PdfUploadPickerProps) {
  if (isWeapp) {
    const choose = async () => {
      const picked = await choosePdfFromChat()
      if (picked) onPicked(picked)
    }
    return (
      <View className="tj-stack">
        <Button
          className="tj-touch"
          loading={busy}
          disabled={busy}
          data-testid="serve-upload"
          onClick={() => void choose()}
        >
          {LABEL}
        </Button>
        <Text className="tj-muted">从微信聊天中选择 PDF 文件（可先发送给“文件传输助手”）。</Text>
      </View>
    )
  }
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0]
    event.currentTarget.value = ''
    if (file) onPicked(pdfFromFile(file))
  }
  return (
    <label className={`tj-inbox-upload tj-touch${busy ? ' tj-inbox-upload--busy' : ''}`} data-testid="serve-upload">
      <span>{busy ? '正在上传…' : LABEL}</span>
      <input
        className="tj-inbox-upload__input"
        type="file"
        accept="application/pdf,.pdf"
        aria-label={LABEL}
        disabled={busy}
        onChange={change}
      />
    </label>
  )
}
