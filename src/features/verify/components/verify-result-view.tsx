import type { VerifyResult } from '@contract/signatures'
import { Text, View } from '@tarojs/components'
import { FAILURE_EXPLANATIONS } from '../verification-code'

const ROLE_LABELS: Record<string, string> = { party: '当事人', mediator: '调解员', committee: '调委会盖章' }

function formatTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** Valid or not, and why in plain words: which check failed, which signing event, which fingerprints. */
export function VerifyResultView({ result }: { result: VerifyResult }) {
  const explanation = result.code ? FAILURE_EXPLANATIONS[result.code] : undefined
  return (
    <View className="tj-section tj-stack" aria-label="验证结果" data-valid={result.valid ? 'yes' : 'no'}>
      <Text className={`tj-verify-verdict tj-verify-verdict--${result.valid ? 'valid' : 'invalid'}`}>
        {result.valid ? '验证通过：文件真实、完整，签署记录有效' : '验证未通过'}
      </Text>
      {!result.valid ? (
        <View className="tj-stack">
          {result.reason ? <Text>原因：{result.reason}</Text> : null}
          {explanation && explanation !== result.reason ? <Text>{explanation}</Text> : null}
          {result.eventIndex !== null ? <Text>出问题的是第 {result.eventIndex + 1} 个签署记录。</Text> : null}
          {result.expectedHash ? <Text className="tj-verify-hash">应为：{result.expectedHash}</Text> : null}
          {result.actualHash ? <Text className="tj-verify-hash">实际：{result.actualHash}</Text> : null}
          {result.code ? <Text className="tj-muted">检查项：{result.code}</Text> : null}
        </View>
      ) : null}
      {result.document ? (
        <View className="tj-stack">
          {!result.valid ? <Text className="tj-muted">文件中记载的信息（未通过验证，仅供核对）：</Text> : null}
          <Text>文书：{result.document.title}</Text>
          <Text>案号：{result.document.caseNumber}</Text>
          <Text>版本：第 {result.document.documentVersion} 版</Text>
          <Text>生效时间：{formatTime(result.document.effectiveAt)}</Text>
          <Text className="tj-verify-hash">文本指纹：{result.document.documentSha256}</Text>
        </View>
      ) : null}
      {result.signers.length > 0 ? (
        <View className="tj-stack">
          <Text className="tj-section__title">签署记录</Text>
          {result.signers.map((signer, index) => (
            <Text key={signer.eventHash}>
              {index + 1}. {ROLE_LABELS[signer.role] ?? signer.role} {signer.name} · {formatTime(signer.time)}
            </Text>
          ))}
        </View>
      ) : null}
      <Text className="tj-muted">平台公钥指纹：{result.keyFingerprint}</Text>
    </View>
  )
}
