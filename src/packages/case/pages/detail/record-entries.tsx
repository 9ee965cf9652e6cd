import type { CaseStatus, CaseSummary } from '@contract/cases'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'

/** Before acceptance (or after the other side refused) there is no mediation to record. */
const NOT_MEDIATED: ReadonlySet<CaseStatus> = new Set(['draft', 'pending_acceptance', 'declined'])

/** 调解笔录 and 调解结果 of a case, for both parties and the mediator. */
export function RecordEntries({ detail }: { detail: Pick<CaseSummary, 'id' | 'status' | 'myRole'> }) {
  if (NOT_MEDIATED.has(detail.status)) return null
  return (
    <CellGroup title="调解笔录与结果">
      <Cell
        title="调解笔录"
        description={detail.myRole === 'staff' ? '生成、修改笔录，查看各方确认' : '阅读并确认调解笔录'}
        clickable
        data-testid="case-record"
        onClick={() => openRoute(withQuery(ROUTES.mediationRecord, { caseId: detail.id }))}
      />
      <Cell
        title="调解结果"
        description={detail.myRole === 'staff' ? '记录达成协议、部分达成或调解不成' : '调解结果与后续途径'}
        clickable
        data-testid="case-outcome"
        onClick={() => openRoute(withQuery(ROUTES.caseOutcome, { caseId: detail.id }))}
      />
    </CellGroup>
  )
}
