import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { downloadCaseBundle } from '../api/download-case-bundle'
import { downloadSignedPdf } from '../api/download-signed-pdf'

interface SignedDownloadsProps {
  caseId: string
  documentRowId: string
  title: string
  version: number
}

/** After the seal: the signed PDF, and the whole case bundle that can be checked offline. */
export function SignedDownloads({ caseId, documentRowId, title, version }: SignedDownloadsProps) {
  const [busy, setBusy] = useState<'pdf' | 'bundle' | null>(null)
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)

  const run = async (kind: 'pdf' | 'bundle', action: () => Promise<void>, done: string) => {
    setBusy(kind)
    setNote(null)
    try {
      await action()
      setNote({ ok: true, text: done })
    } catch (caught) {
      setNote({ ok: false, text: messageOf(caught) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="下载">
      <Button
        type="primary"
        block
        className="tj-touch"
        loading={busy === 'pdf'}
        disabled={busy !== null}
        onClick={() =>
          void run('pdf', () => downloadSignedPdf(caseId, documentRowId, title, version), '已签署 PDF 已下载。')
        }
      >
        下载已签署 PDF
      </Button>
      <Button
        block
        className="tj-touch"
        loading={busy === 'bundle'}
        disabled={busy !== null}
        onClick={() => void run('bundle', () => downloadCaseBundle(caseId, title), '案卷包已下载。')}
      >
        下载案卷包（可离线核验）
      </Button>
      {note ? <Text className={note.ok ? 'tj-muted' : 'tj-error'}>{note.text}</Text> : null}
    </View>
  )
}
