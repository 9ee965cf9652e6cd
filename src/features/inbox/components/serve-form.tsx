import type { FileInfo } from '@contract/files'
import type { ServeBody } from '@contract/service'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { listCasePdfFiles } from '../api/list-case-pdf-files'
import { serveCaseDocument } from '../api/serve-case-document'
import { uploadCasePdf } from '../api/upload-case-pdf'
import { pickedPdfError, type PickedPdf } from '../pick-pdf'
import { SERVED_KIND_LABELS } from '../served-labels'
import { PdfUploadPicker } from './pdf-upload-picker'

type FileKind = Exclude<ServeBody['kind'], 'agreement'>
const KINDS: FileKind[] = ['notice', 'record']

/** Checks the serve request as the server will, so each problem is named before sending. */
function serveError(file: FileInfo | null, title: string): string | null {
  if (!file) return '请选择要送达的 PDF 文书'
  const length = title.trim().length
  if (length < 2 || length > 100) return '文书标题应为2–100个字'
  return null
}

/** Staff: serve a PDF of the case (a notice or a record), already there or uploaded here, to every party's inbox. */
export function ServeForm({ caseId, onServed }: { caseId: string; onServed: () => void }) {
  const load = useCallback(() => listCasePdfFiles(caseId), [caseId])
  const { data: listed } = useRequest(load)
  const [uploaded, setUploaded] = useState<FileInfo[]>([])
  const [uploading, setUploading] = useState(false)
  const [file, setFile] = useState<FileInfo | null>(null)
  const [kind, setKind] = useState<FileKind>('notice')
  const [title, setTitle] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [sending, setSending] = useState(false)

  const pick = (chosen: FileInfo) => {
    setFile(chosen)
    if (!title.trim()) setTitle((chosen.originalName ?? '').replace(/\.pdf$/i, ''))
  }

  const files = listed ? [...listed, ...uploaded.filter((u) => !listed.some((f) => f.id === u.id))] : null

  const upload = async (pdf: PickedPdf) => {
    const problem = pickedPdfError(pdf)
    if (problem) {
      setMessage({ error: true, text: problem })
      return
    }
    setUploading(true)
    setMessage(null)
    try {
      const stored = await uploadCasePdf(caseId, pdf)
      setUploaded((previous) => [...previous, stored])
      pick(stored)
      setMessage({ error: false, text: `已上传「${stored.originalName ?? pdf.name}」，请核对标题后送达` })
    } catch (caught) {
      setMessage({ error: true, text: messageOf(caught) })
    } finally {
      setUploading(false)
    }
  }

  const submit = async () => {
    const problem = serveError(file, title)
    if (problem || !file) {
      setMessage({ error: true, text: problem ?? '' })
      return
    }
    setSending(true)
    setMessage(null)
    try {
      const served = await serveCaseDocument(caseId, { kind, title: title.trim(), fileId: file.id })
      setMessage({ error: false, text: `已送达，本文书共 ${served} 份送达记录` })
      onServed()
    } catch (caught) {
      setMessage({ error: true, text: messageOf(caught) })
    } finally {
      setSending(false)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="送达文书" data-testid="serve-form">
      <Text className="tj-section__title">向各方当事人送达文书</Text>
      {files && files.length === 0 ? (
        <Text className="tj-muted">本案暂无可送达的 PDF 文书，可上传新的 PDF。</Text>
      ) : null}
      <View className="tj-inbox-chips" role="radiogroup" aria-label="选择文书">
        {(files ?? []).map((item) => (
          <View
            key={item.id}
            role="radio"
            aria-checked={file?.id === item.id}
            data-testid={`serve-file-${item.id}`}
            className={`tj-inbox-chip tj-touch${file?.id === item.id ? ' tj-inbox-chip--on' : ''}`}
            onClick={() => pick(item)}
          >
            <Text>{item.originalName ?? item.id}</Text>
          </View>
        ))}
      </View>
      <PdfUploadPicker busy={uploading} onPicked={(pdf) => void upload(pdf)} />
      <View className="tj-inbox-chips" role="radiogroup" aria-label="文书类型">
        {KINDS.map((value) => (
          <View
            key={value}
            role="radio"
            aria-checked={kind === value}
            data-testid={`serve-kind-${value}`}
            className={`tj-inbox-chip tj-touch${kind === value ? ' tj-inbox-chip--on' : ''}`}
            onClick={() => setKind(value)}
          >
            <Text>{SERVED_KIND_LABELS[value]}</Text>
          </View>
        ))}
      </View>
      <View data-field="title" className="tj-stack">
        <Text className="tj-inbox-label">文书标题</Text>
        <Input name="serveTitle" placeholder="如：调解通知书" value={title} onChange={setTitle} />
      </View>
      {message ? (
        <View className={message.error ? 'tj-error' : 'tj-inbox-confirmed'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </View>
      ) : null}
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={sending}
        disabled={sending || uploading}
        data-testid="serve-submit"
        onClick={() => void submit()}
      >
        送达
      </Button>
    </View>
  )
}
