import { RecordScreen } from '@/features/mediation-record/components/record-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { RecordCasePage } from '../../record-case-page'

/** The case's mediation record (`?caseId=`): the mediator generates and edits it; every party reads and confirms. */
export default function MediationRecordPage() {
  return (
    <RecordCasePage subject="调解笔录">
      {({ caseId, isMediator }) => (
        <RecordScreen
          caseId={caseId}
          isMediator={isMediator}
          onOpenOutcome={() => openRoute(withQuery(ROUTES.caseOutcome, { caseId }))}
        />
      )}
    </RecordCasePage>
  )
}
