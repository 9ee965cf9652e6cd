import type { MediationRecord } from '@contract/mediation-record'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { isWeapp } from '@/lib/platform'
import { downloadRecordPdf } from '../api/download-record-pdf'

/** The PDF of the version on screen: opened in the system viewer in WeChat, saved as a file in the browser. */
export function RecordPdfButton({ record }: { record: MediationRecord }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const download = async () => {
    setBusy(true)
    setError(null)
    setDone(false)
    try {
      await downloadRecordPdf({ caseId: record.caseId, version: record.version, caseNumber: record.header.caseNumber })
      // WeChat shows the file in its viewer; the browser saves it silently, so say so.
      setDone(!isWeapp)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="tj-section tj-stack">
      <Button block className="tj-touch" loading={busy} disabled={busy} onClick={() => void download()}>
        {isWeapp ? `打开第 ${record.version} 版笔录 PDF` : `下载第 ${record.version} 版笔录 PDF`}
      </Button>
      {done ? <Text className="tj-muted">PDF 已下载。</Text> : null}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
