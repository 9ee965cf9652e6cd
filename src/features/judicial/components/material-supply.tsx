import type { FileInfo } from '@contract/files'
import type { JudicialApplication } from '@contract/judicial'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import { supplyMaterials } from '../api/supply-materials'
import { formatChinaTime, materialsDueText } from '../judicial-dates'
import { CaseFilePicker } from './case-file-picker'

interface MaterialSupplyProps {
  caseId: string
  application: JudicialApplication
  files: FileInfo[]
  onUpload?: () => Promise<FileInfo[]>
  onSupplied: (application: JudicialApplication) => void
}

/** The court's open requests for more materials (CPL-Interp 354, 356), each answered with case files. */
export function MaterialSupply({
  caseId,
  application,
  files: initialFiles,
  onUpload,
  onSupplied,
}: MaterialSupplyProps) {
  const open = application.materialRequests.filter((request) => !request.suppliedAt)
  const [files, setFiles] = useState(initialFiles)
  const [chosen, setChosen] = useState<Record<string, string[]>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<string | null>(null)
  if (!open.length) return null

  const upload = onUpload
    ? async () => {
        const added = await onUpload()
        setFiles((current) => [...current, ...added])
        return added
      }
    : undefined

  const supply = async (requestId: string) => {
    const ids = chosen[requestId] ?? []
    if (!ids.length) {
      setErrors({ ...errors, [requestId]: '请选择或上传要补充的材料' })
      return
    }
    setErrors({ ...errors, [requestId]: '' })
    setBusy(requestId)
    try {
      onSupplied(await supplyMaterials(caseId, requestId, ids))
    } catch (caught) {
      setErrors({ ...errors, [requestId]: messageOf(caught) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className="tj-section tj-stack" aria-label="补充材料">
      <Text className="tj-section__title">法院要求补充材料</Text>
      <Text className="tj-muted">
        请在法院指定的期限内补充；无正当理由逾期不补充的，法院可以按撤回申请处理（民诉法解释第三百五十七条）。
      </Text>
      {open.map((request) => (
        <View key={request.id} className="tj-jc-item" data-testid={`judicial-material-${request.id}`}>
          <Text>
            {formatChinaTime(request.requestedAt)}：{request.message}
          </Text>
          {request.dueDate ? <MaterialsDue dueDate={request.dueDate} requestId={request.id} /> : null}
          <CaseFilePicker
            label="选择补充的材料"
            path={`materials.${request.id}`}
            files={files}
            selected={chosen[request.id] ?? []}
            onChange={(ids) => setChosen({ ...chosen, [request.id]: ids })}
            onUpload={upload}
            error={errors[request.id] || undefined}
          />
          <Button
            type="primary"
            block
            className="tj-touch"
            loading={busy === request.id}
            disabled={busy !== null}
            data-testid={`judicial-supply-${request.id}`}
            onClick={() => void supply(request.id)}
          >
            提交补充材料
          </Button>
        </View>
      ))}
    </View>
  )
}

function MaterialsDue({ dueDate, requestId }: { dueDate: string; requestId: string }) {
  const { text, overdue } = materialsDueText(dueDate)
  return (
    <Text className={overdue ? 'tj-error' : 'tj-jc-article'} data-testid={`judicial-material-due-${requestId}`}>
      {text}
    </Text>
  )
}
