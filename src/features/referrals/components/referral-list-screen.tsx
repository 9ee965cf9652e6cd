import type { ReferralSummary, ShareLink } from '@contract/referrals'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { messageOf } from '@/lib/api-error'
import { listReferrals } from '../api/list-referrals'
import { resendLink } from '../api/resend-link'
import { ReferralList } from './referral-list'
import { ShareLinkCard } from './referral-result'
import './referrals.scss'

interface ReferralListScreenProps {
  statusLabel: (status: string) => string
  onOpenCase: (caseId: string) => void
}

export function ReferralListScreen({ statusLabel, onOpenCase }: ReferralListScreenProps) {
  const list = useRequest(() => listReferrals())
  const [more, setMore] = useState<ReferralSummary[]>([])
  const [loadingMore, setLoadingMore] = useState(false)
  const [resent, setResent] = useState<ShareLink | null>(null)
  const [resendError, setResendError] = useState<string | null>(null)

  const loadMore = async (offset: number) => {
    setLoadingMore(true)
    setResendError(null)
    try {
      const page = await listReferrals(offset)
      setMore((current) => [...current, ...page.items])
    } catch (error) {
      setResendError(messageOf(error))
    } finally {
      setLoadingMore(false)
    }
  }

  const resend = async (caseId: string, role: 'applicant' | 'respondent') => {
    setResendError(null)
    try {
      setResent(await resendLink(caseId, role))
    } catch (error) {
      setResendError(messageOf(error))
    }
  }

  if (list.error) return <ErrorNotice error={list.error} onRetry={() => void list.reload()} />
  if (list.loading || !list.data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (list.data.items.length === 0) {
    return <EmptyState title="还没有转介记录" description="把适合调解的纠纷转给人民调解委员会后，可在这里跟踪结果。" />
  }
  const items = [...list.data.items, ...more]
  const total = list.data.total
  return (
    <View className="tj-stack">
      {resent ? (
        <View className="tj-section" role="status">
          <Text className="tj-muted">已重新发送短信，旧链接已作废。</Text>
          <ShareLinkCard link={resent} />
        </View>
      ) : null}
      {resendError ? (
        <View role="alert" className="tj-section">
          <Text className="tj-error">{resendError}</Text>
        </View>
      ) : null}
      <Text className="tj-section tj-muted">共 {total} 件</Text>
      <ReferralList
        items={items}
        statusLabel={statusLabel}
        onOpenCase={onOpenCase}
        onResend={(caseId, role) => void resend(caseId, role)}
      />
      {items.length < total ? (
        <View className="tj-section">
          <Button block className="tj-touch" loading={loadingMore} onClick={() => void loadMore(items.length)}>
            加载更多
          </Button>
        </View>
      ) : null}
    </View>
  )
}
