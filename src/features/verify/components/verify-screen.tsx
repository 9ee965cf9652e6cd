import type { VerifyResult } from '@contract/signatures'
import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState, type ChangeEvent } from 'react'
import { messageOf } from '@/lib/api-error'
import { isH5 } from '@/lib/platform'
import { verifyByCode } from '../api/verify-by-code'
import { verifyByFile } from '../api/verify-by-file'
import { normaliseVerificationCode, verificationCodeProblem } from '../verification-code'
import { VerifyResultView } from './verify-result-view'
import './verify.scss'

const MAX_PDF_BYTES = 20 * 1024 * 1024

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf')
}

/** Public check of a signed document: by the code on its audit page, or (H5) by uploading the PDF itself. */
export function VerifyScreen({ initialCode }: { initialCode: string }) {
  const [code, setCode] = useState(initialCode)
  const [result, setResult] = useState<VerifyResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (check: () => Promise<VerifyResult>) => {
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      setResult(await check())
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const checkCode = () => {
    const problem = verificationCodeProblem(code)
    if (problem) {
      setResult(null)
      setError(problem)
      return
    }
    void run(() => verifyByCode(normaliseVerificationCode(code)))
  }

  const checkFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0]
    event.currentTarget.value = ''
    if (!file) return
    if (!isPdf(file)) {
      setResult(null)
      setError('请选择平台出具的 PDF 文件')
      return
    }
    if (file.size > MAX_PDF_BYTES) {
      setResult(null)
      setError('文件超过 20MB，请上传平台出具的 PDF 原件')
      return
    }
    void run(() => verifyByFile(file, file.name))
  }

  return (
    <View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">文书真伪验证</Text>
        <Text className="tj-muted">无需登录。输入已签署协议最后一页上的验证码，或上传平台出具的 PDF 文件。</Text>
        <View data-field="code" className="tj-stack">
          <Input name="code" placeholder="验证码，如 ABCD-EFGH-JKMN" value={code} onChange={setCode} />
        </View>
        <Button type="primary" block className="tj-touch" loading={busy} disabled={busy} onClick={checkCode}>
          按验证码验证
        </Button>
        {isH5 ? (
          <label className="tj-verify-upload tj-touch">
            <span>上传 PDF 验证</span>
            <input
              className="tj-verify-upload__input"
              type="file"
              accept="application/pdf,.pdf"
              aria-label="上传 PDF 验证"
              disabled={busy}
              onChange={checkFile}
            />
          </label>
        ) : null}
        {error ? (
          <View className="tj-error" role="alert">
            {error}
          </View>
        ) : null}
      </View>
      {result ? <VerifyResultView result={result} /> : null}
    </View>
  )
}
