import { Loading } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { getCase } from '@/features/cases/api/get-case'
import { FactSheetScreen } from '@/features/fact-sheet/components/fact-sheet-screen'
import { useRequest } from '@/hooks/use-request'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

const PARTY_ROLES = ['applicant', 'respondent'] as const
type PartyRole = (typeof PARTY_ROLES)[number]

function FactSheetForCase({ caseId }: { caseId: string }) {
  const detail = useRequest(useCallback(() => getCase(caseId), [caseId]))
  if (detail.error) return <ErrorNotice error={detail.error} onRetry={() => void detail.reload()} />
  if (!detail.data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  const role = detail.data.myRole
  const myRole = (PARTY_ROLES as readonly string[]).includes(role) ? (role as PartyRole) : null
  return <FactSheetScreen caseId={caseId} myRole={myRole} />
}

/** 事实清单 of a case (`?caseId=`): parties mark 同意/有异议; mediators and the committee read it. */
export default function FactSheetPage() {
  const caseId = useRouter().params.caseId ?? ''
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return (
    <PageShell>
      {!loggedIn ? <LoginRequired reason="登录后才能查看事实清单。" /> : null}
      {loggedIn && caseId === '' ? <View className="tj-section tj-error">缺少案件编号，请从案件详情进入。</View> : null}
      {loggedIn && caseId !== '' ? <FactSheetForCase caseId={caseId} /> : null}
    </PageShell>
  )
}
