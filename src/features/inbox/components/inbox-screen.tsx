import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { getCaseRole } from '../api/get-case-role'
import { CaseReceipts } from './case-receipts'
import { InboxList } from './inbox-list'
import { ServeForm } from './serve-form'
import { ServiceAddressForm } from './service-address-form'
import './inbox.scss'

function CaseService({ caseId }: { caseId: string }) {
  const load = useCallback(() => getCaseRole(caseId), [caseId])
  const { data: role, error, loading, reload } = useRequest(load)
  // Remounts the receipts after serving, so the new document's rows appear.
  const [served, setServed] = useState(0)
  if (error) return <ErrorNotice error={error} onRetry={() => void reload()} />
  if (loading || !role) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (role === 'staff') {
    return (
      <View className="tj-stack">
        <CaseReceipts key={served} caseId={caseId} />
        <ServeForm caseId={caseId} onServed={() => setServed((count) => count + 1)} />
      </View>
    )
  }
  return (
    <View className="tj-stack">
      <InboxList caseId={caseId} />
      <ServiceAddressForm caseId={caseId} />
    </View>
  )
}

/**
 * 电子送达. Without a case: my inbox across cases. With a case: a party sees that case's documents and the
 * 送达地址确认书; the case's staff see every party's receipts.
 */
export function InboxScreen({ caseId }: { caseId?: string }) {
  return (
    <View className="tj-stack">
      {caseId ? <CaseService caseId={caseId} /> : <InboxList />}
      <View className="tj-section">
        <Text className="tj-muted">
          依据《民事诉讼法》第九十条，经受送达人同意，可以电子方式送达文书，到达受送达人特定系统的日期为送达日期。本页提供法律信息，不构成法律意见。
        </Text>
      </View>
    </View>
  )
}
