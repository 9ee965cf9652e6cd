import type { FileInfo } from '@contract/files'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'
import '../../../styles/form-controls.scss'

interface CaseFilePickerProps {
  /** Names the group, e.g. 王秀英的身份证明. */
  label: string
  path: string
  files: FileInfo[]
  selected: string[]
  onChange: (fileIds: string[]) => void
  /** Uploads new photos to the case; absent where uploading is not possible. */
  onUpload?: () => Promise<FileInfo[]>
  error?: string
}

export function fileLabel(file: FileInfo): string {
  return file.originalName ?? `${file.kind === 'pdf' ? 'PDF 文件' : '图片'}（${file.createdAt.slice(0, 10)}）`
}

/** Choose files already on the case, or photograph and upload new ones (they are selected at once). */
export function CaseFilePicker({ label, path, files, selected, onChange, onUpload, error }: CaseFilePickerProps) {
  const [uploading, setUploading] = useState(false)
  const [uploadError, setUploadError] = useState<string | null>(null)
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id])

  const upload = async () => {
    if (!onUpload) return
    setUploading(true)
    setUploadError(null)
    try {
      const added = await onUpload()
      if (added.length) onChange([...selected, ...added.map((file) => file.id)])
    } catch (caught) {
      setUploadError(messageOf(caught))
    } finally {
      setUploading(false)
    }
  }

  return (
    <View className={`tj-field${error ? ' tj-field--invalid' : ''}`} data-field={path}>
      <Text className="tj-field__label">{label}</Text>
      {files.length === 0 ? <Text className="tj-muted">本案还没有上传的文件。</Text> : null}
      <View className="tj-jc-chips" role="group" aria-label={label}>
        {files.map((file) => (
          <View
            key={file.id}
            role="checkbox"
            aria-checked={selected.includes(file.id)}
            data-testid={`${path}-file-${file.id}`}
            className={`tj-jc-chip${selected.includes(file.id) ? ' tj-jc-chip--on' : ''}`}
            onClick={() => toggle(file.id)}
          >
            {fileLabel(file)}
          </View>
        ))}
      </View>
      {onUpload ? (
        <Button className="tj-touch" loading={uploading} disabled={uploading} onClick={() => void upload()}>
          拍照上传
        </Button>
      ) : null}
      {uploadError ? <Text className="tj-error">{uploadError}</Text> : null}
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
