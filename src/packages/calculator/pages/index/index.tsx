import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { CalculatorScreen } from '@/features/calculators/components/calculator-screen'
import { selectIsLoggedIn, useAuthStore } from '@/stores/auth-store'

/** Public: residents may calculate before filing. Params: `caseId` (prefill from the case), `kind`. */
export default function CalculatorPage() {
  const { caseId, kind } = useRouter().params
  const loggedIn = useAuthStore(selectIsLoggedIn)
  return (
    <PageShell>
      <CalculatorScreen caseId={caseId || null} initialKind={kind || null} loggedIn={loggedIn} />
    </PageShell>
  )
}
