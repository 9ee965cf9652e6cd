import { Loading } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { getCase } from '@/features/cases/api/get-case'
import { CaseDetailView } from '@/features/cases/components/case-detail-view'
import { SessionScheduling } from '@/features/scheduling/components/session-scheduling'
import { useRequest } from '@/hooks/use-request'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { FollowUpEntries } from './follow-up-entries'
import { RecordEntries } from './record-entries'
import { JudicialEntryCell } from './judicial-entry-cell'
import { ServiceAddressPrompt } from './service-address-prompt'

export default function CaseDetailPage() {
  const id = useRouter().params.id ?? ''
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const load = useCallback(() => getCase(id), [id])
  const { data, error, loading, reload } = useRequest(load, loggedIn && id !== '')

  if (!loggedIn) {
    return (
      <PageShell>
        <LoginRequired reason="登录后才能查看案件详情。" />
      </PageShell>
    )
  }

  return (
    <PageShell>
      {id === '' ? <View className="tj-section tj-error">缺少案件编号，请从“我的案件”进入。</View> : null}
      {error ? <ErrorNotice error={error} onRetry={() => void reload()} /> : null}
      {loading ? (
        <View className="tj-section">
          <Loading>加载中…</Loading>
        </View>
      ) : null}
      {data ? <CaseDetailView detail={data} /> : null}
      {data ? <ServiceAddressPrompt detail={data} /> : null}
      {data ? <SessionScheduling caseId={data.id} caseStatus={data.status} /> : null}
      {data ? <RecordEntries detail={data} /> : null}
      {data ? <FollowUpEntries detail={data} /> : null}
      {data ? <JudicialEntryCell detail={data} /> : null}
    </PageShell>
  )
}
