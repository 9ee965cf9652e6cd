import type { CatalogueDetail, IntakeSession, Routing } from '@contract/intake'
import { useEffect, useState } from 'react'
import { clientError, isApiError, type ApiError } from '@/lib/api-error'
import { getCatalogueType } from '../api/get-catalogue-type'
import { getRouting } from '../api/get-routing'

/**
 * Once every question is answered: the committee routing (reloaded when the facts change, e.g. the place) and
 * the type's catalogue entry, whose choices the summary card's editors need.
 */
export function useSummaryData(session: IntakeSession | null, regionCode: string | null) {
  const ready = session !== null && session.question === null
  const sessionId = session?.id ?? null
  const revision = session?.updatedAt ?? null
  const disputeType = session?.disputeType ?? null
  const [routing, setRouting] = useState<Routing | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(false)
  const [catalogue, setCatalogue] = useState<CatalogueDetail | null>(null)

  useEffect(() => {
    if (!ready || !sessionId) return
    let live = true
    setLoading(true)
    setError(null)
    getRouting(sessionId, regionCode)
      .then((loaded) => live && setRouting(loaded))
      .catch((caught: unknown) => {
        if (!live) return
        setRouting(null)
        setError(isApiError(caught) ? caught : clientError('REQUEST_FAILED'))
      })
      .finally(() => live && setLoading(false))
    return () => {
      live = false
    }
  }, [ready, sessionId, revision, regionCode])

  useEffect(() => {
    if (!ready || !disputeType) return
    let live = true
    getCatalogueType(disputeType)
      .then((loaded) => live && setCatalogue(loaded))
      .catch(() => live && setCatalogue(null)) // editors then fall back to free text where choices are missing
    return () => {
      live = false
    }
  }, [ready, disputeType])

  return { routing, error, loading, catalogue }
}
