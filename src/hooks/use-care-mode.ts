import { useMemo } from 'react'
import { systemPrefersLargeText } from '@/lib/platform'
import { useSettingsStore } from '@/stores/settings-store'

/** Care mode in effect: the user's explicit choice, else what the system font size suggests. */
export function useCareMode(): boolean {
  const careMode = useSettingsStore((state) => state.careMode)
  const systemDefault = useMemo(systemPrefersLargeText, [])
  return careMode ?? systemDefault
}
