import type { CaseStatus, CaseSummary } from '@contract/cases'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'

/** Documents are served from mediation on (records, then the agreement); performance exists once agreed. */
const SERVICE_STATUSES: ReadonlySet<CaseStatus> = new Set([
  'in_mediation',
  'agreement_reached',
  'failed',
  'judicial_confirmation',
  'closed',
])
const PERFORMANCE_STATUSES: ReadonlySet<CaseStatus> = new Set(['agreement_reached', 'judicial_confirmation', 'closed'])

/** 履行情况 and 送达记录 (staff: 送达回执) of a case, shown only once they can hold anything. */
export function FollowUpEntries({ detail }: { detail: Pick<CaseSummary, 'id' | 'status' | 'myRole'> }) {
  const served = SERVICE_STATUSES.has(detail.status)
  const performing = PERFORMANCE_STATUSES.has(detail.status)
  if (!served && !performing) return null
  return (
    <CellGroup title="协议履行与送达">
      {performing ? (
        <View data-testid="case-performance">
          <Cell
            title="履行情况"
            clickable
            onClick={() => openRoute(withQuery(ROUTES.performance, { caseId: detail.id }))}
          />
        </View>
      ) : null}
      {served ? (
        <View data-testid="case-inbox">
          <Cell
            title={detail.myRole === 'staff' ? '送达回执' : '送达记录'}
            clickable
            onClick={() => openRoute(withQuery(ROUTES.inbox, { caseId: detail.id }))}
          />
        </View>
      ) : null}
    </CellGroup>
  )
}
