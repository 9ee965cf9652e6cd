import type { Me } from '@contract/auth'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { idNumberError, normaliseIdNumber, realNameError } from '@/lib/validation/id-number'
import { updateRealName } from '../api/update-real-name'

interface Errors {
  name?: string
  idNumber?: string
  form?: string
}

/** Real-name details: a form until verified, then only the masked values the server returns. */
export function RealNameSection({ me, onSaved }: { me: Me; onSaved: (me: Me) => void }) {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [saving, setSaving] = useState(false)

  if (me.realName.verified) {
    return (
      <View className="tj-section">
        <Text className="tj-section__title">实名信息</Text>
        <View className="tj-stack">
          <Text>姓名：{me.realName.name}</Text>
          <Text>身份证号：{me.realName.idNumberMasked}</Text>
        </View>
      </View>
    )
  }

  const save = async () => {
    const next: Errors = { name: realNameError(name) ?? undefined, idNumber: idNumberError(idNumber) ?? undefined }
    if (next.name || next.idNumber) return setErrors(next)
    setErrors({})
    setSaving(true)
    try {
      onSaved(await updateRealName({ name: name.trim(), idNumber: normaliseIdNumber(idNumber) }))
      setIdNumber('') // never keep the full number in memory longer than needed
    } catch (error) {
      if (isApiError(error) && (error.fieldMessage('name') || error.fieldMessage('idNumber'))) {
        setErrors({ name: error.fieldMessage('name'), idNumber: error.fieldMessage('idNumber') })
      } else {
        setErrors({ form: messageOf(error) })
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="tj-section tj-stack">
      <Text className="tj-section__title">实名认证</Text>
      <Text className="tj-muted">申请调解和签署协议需要实名。身份证号加密保存，仅显示部分号码。</Text>
      <Input placeholder="姓名（与身份证一致）" value={name} onChange={setName} name="realName" />
      {errors.name ? <Text className="tj-error">{errors.name}</Text> : null}
      <Input placeholder="18位身份证号" maxLength={18} value={idNumber} onChange={setIdNumber} name="idNumber" />
      {errors.idNumber ? <Text className="tj-error">{errors.idNumber}</Text> : null}
      {errors.form ? <Text className="tj-error">{errors.form}</Text> : null}
      <Button type="primary" block className="tj-touch" loading={saving} onClick={() => void save()}>
        提交实名信息
      </Button>
    </View>
  )
}
