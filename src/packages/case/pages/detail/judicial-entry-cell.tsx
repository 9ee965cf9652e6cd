import type { CaseSummary } from '@contract/cases'
import { JudicialEntry } from '@/features/judicial/components/judicial-entry'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'

/** The case's way into judicial confirmation (shown by the feature once the agreement is effective). */
export function JudicialEntryCell({ detail }: { detail: Pick<CaseSummary, 'id' | 'status'> }) {
  return (
    <JudicialEntry
      caseId={detail.id}
      inProgress={detail.status === 'judicial_confirmation'}
      onOpen={() => openRoute(withQuery(ROUTES.judicialApply, { caseId: detail.id }))}
    />
  )
}
