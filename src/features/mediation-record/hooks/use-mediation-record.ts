import type { MediationRecord, RecordVersionList } from '@contract/mediation-record'
import { useCallback, useEffect, useState } from 'react'
import { useRequest } from '@/hooks/use-request'
import type { ApiError } from '@/lib/api-error'
import { getMediationRecord } from '../api/get-mediation-record'
import { getRecordVersion } from '../api/get-record-version'
import { listRecordVersions } from '../api/list-record-versions'

type VersionItem = RecordVersionList['items'][number]

interface Loaded {
  latest: MediationRecord | null
  versions: VersionItem[]
}

export interface MediationRecordState {
  loading: boolean
  error: ApiError | null
  /** The newest version (null before the first one is generated). */
  latest: MediationRecord | null
  /** The version on screen: the newest, or an older one opened from the history. */
  shown: MediationRecord | null
  versions: VersionItem[]
  reload: () => Promise<void>
  /** A version the server just returned (generated, saved or confirmed) becomes the newest and is shown. */
  adopt: (record: MediationRecord) => Promise<void>
  open: (version: number) => Promise<void>
  showLatest: () => void
}

/** The record of one case with its history; an error while adopting or opening is thrown to the caller. */
export function useMediationRecord(caseId: string): MediationRecordState {
  const load = useCallback(async (): Promise<Loaded> => {
    const latest = await getMediationRecord(caseId)
    return { latest, versions: latest ? await listRecordVersions(caseId) : [] }
  }, [caseId])
  const request = useRequest(load)
  const [latest, setLatest] = useState<MediationRecord | null>(null)
  const [shown, setShown] = useState<MediationRecord | null>(null)
  const [versions, setVersions] = useState<VersionItem[]>([])

  useEffect(() => {
    if (!request.data) return
    setLatest(request.data.latest)
    setShown(request.data.latest)
    setVersions(request.data.versions)
  }, [request.data])

  const adopt = useCallback(
    async (record: MediationRecord) => {
      setLatest(record)
      setShown(record)
      setVersions(await listRecordVersions(caseId))
    },
    [caseId],
  )
  const open = useCallback(async (version: number) => setShown(await getRecordVersion(caseId, version)), [caseId])
  const showLatest = useCallback(() => setShown(latest), [latest])

  return {
    loading: request.loading || (request.data !== null && request.data.latest !== null && shown === null),
    error: request.error,
    latest,
    shown,
    versions,
    reload: request.reload,
    adopt,
    open,
    showLatest,
  }
}
