import type { RecordEvidence } from '@contract/mediation-record'
import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { FormErrors } from '../record-form'
import { TextField } from '@/components/text-field'

interface EvidenceEditorProps {
  evidence: RecordEvidence[]
  errors: FormErrors
  onChange: (next: RecordEvidence[]) => void
}

/** Evidence produced: uploaded case files keep their file link; items shown on screen are described by hand. */
export function EvidenceEditor({ evidence, errors, onChange }: EvidenceEditorProps) {
  const setItem = (index: number, patch: Partial<RecordEvidence>) =>
    onChange(evidence.map((item, i) => (i === index ? { ...item, ...patch } : item)))
  return (
    <View className="tj-stack">
      {evidence.map((item, i) => (
        <View key={i} className="tj-rec-party tj-stack" data-evidence={i}>
          <TextField
            path={`evidence.${i}.name`}
            label={`证据 ${i + 1} 名称`}
            value={item.name}
            error={errors[`evidence.${i}.name`]}
            onChange={(name) => setItem(i, { name })}
          />
          <TextField
            path={`evidence.${i}.producedBy`}
            label="提交人"
            value={item.producedBy}
            error={errors[`evidence.${i}.producedBy`]}
            onChange={(producedBy) => setItem(i, { producedBy })}
          />
          <TextField
            path={`evidence.${i}.note`}
            label="说明（可不填）"
            value={item.note}
            error={errors[`evidence.${i}.note`]}
            onChange={(note) => setItem(i, { note })}
          />
          {errors[`evidence.${i}.fileId`] ? (
            <View className="tj-error" role="alert">
              {errors[`evidence.${i}.fileId`]}
            </View>
          ) : null}
          <View
            role="button"
            className="tj-rec-link tj-touch"
            aria-label={`删除证据 ${i + 1}`}
            onClick={() => onChange(evidence.filter((_, k) => k !== i))}
          >
            删除这项证据
          </View>
        </View>
      ))}
      <Button
        block
        className="tj-touch"
        onClick={() => onChange([...evidence, { fileId: null, name: '', producedBy: '', note: '' }])}
      >
        添加证据
      </Button>
    </View>
  )
}
