import type { Me } from '@contract/auth'
import { Loading } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { MediatorCaseCard } from '@/features/assignment/components/mediator-case-card'
import { listCases } from '@/features/cases/api/list-cases'
import { useRequest } from '@/hooks/use-request'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { useAuthStore } from '@/stores/auth-store'

const TARGETS = { case: ROUTES.caseDetail, 'fact-sheet': ROUTES.factSheet, session: ROUTES.sessionRoom } as const

function MediatorCases({ me }: { me: Me }) {
  const cases = useRequest(listCases)
  if (cases.error) return <ErrorNotice error={cases.error} onRetry={() => void cases.reload()} />
  if (!cases.data) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }
  if (cases.data.items.length === 0) {
    return <EmptyState title="暂无分派给您的案件" description="调委会分派案件后，会在这里请您确认。" />
  }
  return (
    <View>
      {cases.data.items.map((item) => (
        <MediatorCaseCard
          key={item.id}
          caseId={item.id}
          title={item.title}
          caseNumber={item.caseNumber}
          myUserId={me.id}
          onOpen={(target) =>
            openRoute(withQuery(TARGETS[target], target === 'case' ? { id: item.id } : { caseId: item.id }))
          }
        />
      ))}
    </View>
  )
}

/** The mediator's cases: accept or declare a conflict, then the fact sheet and the live room. */
export default function MediatorCasesPage() {
  const me = useAuthStore((state) => (state.refreshToken ? state.me : null))
  return <PageShell>{me ? <MediatorCases me={me} /> : <LoginRequired reason="登录调解员账号后查看案件。" />}</PageShell>
}
