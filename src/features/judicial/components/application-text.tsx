import type { ApplicationText } from '@contract/judicial'
import { Text, View } from '@tarojs/components'

/** The application's own words (legal-reference §6.4), readable here before the PDF is opened. */
export function ApplicationTextView({ text }: { text: ApplicationText }) {
  return (
    <View className="tj-stack" data-testid="judicial-application-text">
      {text.applicants.map((applicant, index) => (
        <View key={`${applicant.name}-${index}`} className="tj-jc-item">
          <Text className="tj-jc-item__title">
            申请人{index + 1}：{applicant.name}（{applicant.roleLabel}）
          </Text>
          <Text>住所：{applicant.address}</Text>
          {applicant.phone ? <Text>联系电话：{applicant.phone}</Text> : null}
          <Text>送达地址：{applicant.serviceAddress}</Text>
        </View>
      ))}
      <View className="tj-jc-item">
        <Text className="tj-jc-item__title">请求事项</Text>
        <Text>{text.request}</Text>
      </View>
      <View className="tj-jc-item">
        <Text className="tj-jc-item__title">事实与理由</Text>
        {text.factsAndReasons.map((paragraph, index) => (
          <Text key={index}>{paragraph}</Text>
        ))}
        {text.agreementSummary.map((term, index) => (
          <Text key={`term-${index}`} className="tj-jc-term">
            {term}
          </Text>
        ))}
      </View>
      <View className="tj-jc-item">
        <Text className="tj-jc-item__title">申请人承诺</Text>
        <Text className="tj-muted">{text.undertaking}</Text>
      </View>
      <Text>此致 {text.addressee}</Text>
    </View>
  )
}
