import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { useCareMode } from '@/hooks/use-care-mode'
import { isH5 } from '@/lib/platform'

export const ROOT_CLASS = 'app-root'
export const CARE_CLASS = 'app-root--care'

/**
 * Root of every page: carries the design-token class, so switching care mode rescales
 * everything beneath it, NutUI components included.
 */
export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const care = useCareMode()

  useEffect(() => {
    // H5 toasts and dialogs render into <body>, outside the page: give body the tokens too.
    if (!isH5 || typeof document === 'undefined') return
    document.body.classList.add(ROOT_CLASS)
    document.body.classList.toggle(CARE_CLASS, care)
  }, [care])

  const classes = [ROOT_CLASS, care ? CARE_CLASS : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} data-care-mode={care ? 'on' : 'off'}>
      {children}
    </View>
  )
}
