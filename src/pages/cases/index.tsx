import { Button, Loading } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { EmptyState } from '@/components/empty-state'
import { ErrorNotice } from '@/components/error-notice'
import { LoginRequired } from '@/components/login-required'
import { PageShell } from '@/components/page-shell'
import { listCases } from '@/features/cases/api/list-cases'
import { CaseCard } from '@/features/cases/components/case-card'
import { useRequest } from '@/hooks/use-request'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'
import { effectiveRole } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings-store'

export default function CasesPage() {
  const loggedIn = useAuthStore(selectIsLoggedIn)
  const me = useAuthStore((state) => state.me)
  const role = effectiveRole(
    me,
    useSettingsStore((state) => state.activeRole),
  )
  const { data, error, loading, reload } = useRequest(listCases, loggedIn)

  // Tab pages stay mounted: refresh when the user comes back to see new progress.
  useDidShow(() => {
    if (loggedIn && !loading) void reload()
  })
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!loggedIn) {
    return (
      <PageShell>
        <LoginRequired reason="登录后可查看您申请或参与的调解案件。" />
      </PageShell>
    )
  }

  const openCase = (id: string) => openRoute(withQuery(ROUTES.caseDetail, { id }))
  const isResident = role === 'resident'

  return (
    <PageShell>
      {error ? <ErrorNotice error={error} onRetry={() => void reload()} /> : null}
      {loading && !data ? (
        <View className="tj-section">
          <Loading>加载中…</Loading>
        </View>
      ) : null}
      {data && data.items.length === 0 ? (
        <EmptyState
          title={isResident ? '您还没有调解案件' : '暂无分配给您的案件'}
          description={
            isResident
              ? '遇到工资拖欠、押金不退等纠纷，可以申请人民调解，全程免费。提交后案件会显示在这里。'
              : '新的案件分派给您后会显示在这里。'
          }
          action={
            isResident ? (
              <Button type="primary" disabled className="tj-touch">
                申请调解（即将上线）
              </Button>
            ) : null
          }
        />
      ) : null}
      {data && data.items.length > 0 ? (
        <View className="tj-stack tj-inset">
          {data.items.map((item) => (
            <CaseCard key={item.id} item={item} onOpen={openCase} />
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
