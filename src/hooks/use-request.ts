import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, isApiError, clientError } from '@/lib/api-error'

export interface RequestState<T> {
  data: T | null
  error: ApiError | null
  loading: boolean
  reload: () => Promise<void>
}

/** Runs a loader on mount (when enabled) and on reload; the latest call wins. */
export function useRequest<T>(loader: () => Promise<T>, enabled = true): RequestState<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(enabled)
  const latestCall = useRef(0)
  const loaderRef = useRef(loader)
  loaderRef.current = loader

  const reload = useCallback(async () => {
    const call = ++latestCall.current
    setLoading(true)
    setError(null)
    try {
      const result = await loaderRef.current()
      if (call === latestCall.current) setData(result)
    } catch (caught) {
      if (call === latestCall.current) setError(isApiError(caught) ? caught : clientError('REQUEST_FAILED'))
    } finally {
      if (call === latestCall.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    if (enabled) void reload()
    else setLoading(false)
  }, [enabled, reload])

  return { data, error, loading, reload }
}
