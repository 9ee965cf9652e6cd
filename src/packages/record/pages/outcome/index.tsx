import { OutcomeScreen } from '@/features/mediation-record/components/outcome-screen'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { RecordCasePage } from '../../record-case-page'

/** How the mediation of a case (`?caseId=`) ended and, when it failed, what each party can do next. */
export default function CaseOutcomePage() {
  return (
    <RecordCasePage subject="调解结果">
      {({ caseId, isMediator }) => (
        <OutcomeScreen
          caseId={caseId}
          isMediator={isMediator}
          onOpenAgreement={() => openRoute(withQuery(ROUTES.agreement, { caseId }))}
        />
      )}
    </RecordCasePage>
  )
}
