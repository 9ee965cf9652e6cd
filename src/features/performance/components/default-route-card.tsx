import type { DefaultRoute } from '@contract/performance'
import { Text, View } from '@tarojs/components'
import { amountText } from '../instalment-labels'

/** What the payee can do after a default: the route, its legal basis and, for enforcement, the pre-filled form. */
export function DefaultRouteCard({ route }: { route: DefaultRoute }) {
  const enforcement = route.enforcement
  const unpaid = enforcement ? amountText(enforcement.unpaidAmount) : null
  return (
    <View className="tj-perf-route tj-stack" aria-label="救济途径" data-testid="default-route" data-route={route.route}>
      <Text className="tj-perf-route__title">{route.route === 'enforcement' ? '申请强制执行' : '向人民法院起诉'}</Text>
      <Text className="tj-perf-route__article">依据：《{route.article.replace(/第/, '》第')}</Text>
      <Text>{route.explanation}</Text>
      {enforcement ? (
        <View className="tj-stack" aria-label="强制执行申请书（预填）">
          <Text className="tj-perf-route__subtitle">强制执行申请书（已预填，请核对）</Text>
          <Text>执行法院：{enforcement.court}</Text>
          <Text>申请执行人：{enforcement.applicant}</Text>
          <Text>被执行人：{enforcement.respondent}</Text>
          <Text>执行依据：{enforcement.rulingCaseNumber || '司法确认裁定书'}</Text>
          {unpaid ? (
            <Text>
              未履行金额：{unpaid.figures}
              {unpaid.capitals ? `（${unpaid.capitals}）` : ''}
            </Text>
          ) : null}
          <Text>申请事项：{enforcement.request}</Text>
          <Text className="tj-perf-route__deadline" data-testid="enforcement-deadline">
            申请期限：至 {enforcement.deadline}{' '}
            止（民事诉讼法第二百五十条：申请执行的期间为二年，自履行期间的最后一日起计算）
          </Text>
        </View>
      ) : (
        <Text className="tj-muted">
          诉讼时效一般为三年（民法典第一百八十八条）。起诉时请携带调解协议书、付款记录等证据。
        </Text>
      )}
      <Text className="tj-muted">本页提供法律信息，不构成法律意见；具体请咨询法院或律师。</Text>
    </View>
  )
}
