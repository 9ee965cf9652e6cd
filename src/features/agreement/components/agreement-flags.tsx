import type { AgreementFlag } from '@contract/agreements'
import { Text, View } from '@tarojs/components'

/**
 * What would stop a court confirming the agreement (CPL-Interp 355: not accepted; 358: rejected), as the server
 * found it in the saved text. Blocking items first, each with its legal basis.
 */
export function AgreementFlags({ flags }: { flags: AgreementFlag[] }) {
  if (flags.length === 0) {
    return (
      <View className="tj-section">
        <Text className="tj-muted">司法确认预检：未发现明显问题（民诉法解释第三百五十五条、第三百五十八条）。</Text>
      </View>
    )
  }
  const ordered = [...flags].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1))
  return (
    <View className="tj-section tj-stack" aria-label="司法确认预检">
      <Text className="tj-section__title">司法确认预检</Text>
      {ordered.map((flag, index) => (
        <View key={`${flag.code}-${index}`} className={`tj-agr-flag tj-agr-flag--${flag.severity}`}>
          <Text className="tj-agr-flag__level">{flag.severity === 'blocking' ? '法院将不予确认' : '建议修改'}</Text>
          <Text>{flag.message}</Text>
          <Text className="tj-muted">依据：{flag.basis}</Text>
        </View>
      ))}
    </View>
  )
}

/** Electronic Signature Law art 3: status matters are outside e-signing, so the paper copy is what counts. */
export function OfflineSigningNotice() {
  return (
    <View className="tj-section tj-agr-flag tj-agr-flag--blocking" role="note">
      <Text className="tj-agr-flag__level">本协议须线下纸质签署</Text>
      <Text>
        协议涉及婚姻、收养或继承等身份关系内容。依《电子签名法》第三条，此类文书不适用电子签名，各方需在纸质协议上签字，由调解员登记线下签署情况。
      </Text>
    </View>
  )
}
