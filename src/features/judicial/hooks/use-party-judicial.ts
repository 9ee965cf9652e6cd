import type { FileInfo } from '@contract/files'
import type { JudicialApplication, Readiness } from '@contract/judicial'
import { useCallback } from 'react'
import { useRequest } from '@/hooks/use-request'
import { getAgreementEffectiveAt } from '../api/get-agreement-effective-at'
import { getApplication } from '../api/get-application'
import { getCaseParties, type CaseParties } from '../api/get-case-parties'
import { getReadiness } from '../api/get-readiness'
import { listCaseFiles } from '../api/list-case-files'

export interface PartyJudicial {
  readiness: Readiness
  application: JudicialApplication | null
  kase: CaseParties
  files: FileInfo[]
  /** From the application once there is one, else from the agreement itself. */
  effectiveAt: string | null
}

/** Everything the party's page needs, loaded together (a reload after each action keeps them consistent). */
export function usePartyJudicial(caseId: string) {
  const load = useCallback(async (): Promise<PartyJudicial> => {
    const [readiness, application, kase, files] = await Promise.all([
      getReadiness(caseId),
      getApplication(caseId),
      getCaseParties(caseId),
      listCaseFiles(caseId),
    ])
    const effectiveAt = application?.agreementEffectiveAt ?? (await getAgreementEffectiveAt(caseId))
    return { readiness, application, kase, files, effectiveAt }
  }, [caseId])
  return useRequest(load)
}
