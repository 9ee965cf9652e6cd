import type { JudicialApplication } from '@contract/judicial'
import { useState } from 'react'
import { messageOf } from '@/lib/api-error'

/** Busy flag and Chinese error for one clerk action; the server's answer replaces the shown application. */
export function useClerkAction(onDone: (application: JudicialApplication) => void) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (action: () => Promise<JudicialApplication>) => {
    setBusy(true)
    setError(null)
    try {
      onDone(await action())
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, setError, run }
}
