import type { ReferralCreated } from '@contract/referrals'
import { Loading } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { listDisputeTypes } from '../api/list-dispute-types'
import { listRegions } from '../api/list-regions'
import { ReferralForm } from './referral-form'
import { ReferralResult } from './referral-result'
import './referrals.scss'

/** 转介调解: the form, then the share links; "继续转介" starts a fresh form. */
export function ReferralScreen({ onOpenList }: { onOpenList: () => void }) {
  const load = useCallback(async () => {
    const [disputeTypes, regions] = await Promise.all([listDisputeTypes(), listRegions()])
    return { disputeTypes, regions }
  }, [])
  const options = useRequest(load)
  const [created, setCreated] = useState<ReferralCreated | null>(null)
  const [formKey, setFormKey] = useState(0)

  if (options.error) return <ErrorNotice error={options.error} onRetry={() => void options.reload()} />
  if (options.loading || !options.data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (created) {
    return (
      <ReferralResult
        created={created}
        onOpenList={onOpenList}
        onReferAnother={() => {
          setCreated(null)
          setFormKey((key) => key + 1)
        }}
      />
    )
  }
  return (
    <ReferralForm
      key={formKey}
      disputeTypes={options.data.disputeTypes}
      regions={options.data.regions}
      onCreated={setCreated}
    />
  )
}
