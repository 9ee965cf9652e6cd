import type { CaseDetail } from '@contract/cases'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useMemo, useState } from 'react'
import { ErrorNotice } from '@/components/error-notice'
import { useRequest } from '@/hooks/use-request'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { getCaseFacts } from '../api/get-case-facts'
import { listCalculators } from '../api/list-calculators'
import { prefillValues, storedRegion, suggestKind } from '../case-prefill'
import { formFromSchema } from '../input-fields'
import { CalculatorForm } from './calculator-form'
import { CalculatorPicker } from './calculator-picker'
import './calculator.scss'

interface CalculatorScreenProps {
  /** Opened from a case: the form is prefilled from the case's facts. */
  caseId: string | null
  /** Deep link to one calculator. */
  initialKind: string | null
  loggedIn: boolean
}

function CaseNote({
  detail,
  caseId,
  loggedIn,
}: {
  detail: CaseDetail | null
  caseId: string | null
  loggedIn: boolean
}) {
  if (!caseId) return null
  if (!loggedIn) return <Text className="tj-muted tj-calc-case-note">登录后可用案件中的信息自动填写。</Text>
  if (!detail) return null
  return (
    <Text className="tj-muted tj-calc-case-note">已根据案件 {detail.caseNumber} 的信息预先填写，请核对后计算。</Text>
  )
}

export function CalculatorScreen({ caseId, initialKind, loggedIn }: CalculatorScreenProps) {
  const calculators = useRequest(listCalculators)
  const loadCase = useCallback(() => getCaseFacts(caseId ?? ''), [caseId])
  const caseRequest = useRequest(loadCase, caseId !== null && loggedIn)
  const [chosenKind, setChosenKind] = useState<string | null>(initialKind)

  const items = useMemo(() => calculators.data?.items ?? [], [calculators.data])
  const detail = caseRequest.data
  const kind =
    chosenKind ??
    (detail
      ? suggestKind(
          detail,
          items.map((item) => item.kind),
        )
      : null)
  const calculator = items.find((item) => item.kind === kind) ?? null
  const waitingForCase = caseId !== null && loggedIn && caseRequest.loading

  const prefill = useMemo(() => {
    if (!calculator || !detail) return undefined
    return prefillValues(detail, calculator.kind, formFromSchema(calculator.inputSchema).fields)
  }, [calculator, detail])
  const region = calculator && detail ? storedRegion(detail, calculator.kind) : null

  if (calculators.error) return <ErrorNotice error={calculators.error} onRetry={() => void calculators.reload()} />
  if (calculators.loading || waitingForCase) {
    return (
      <View className="tj-section">
        <Loading>加载中…</Loading>
      </View>
    )
  }

  return (
    <View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">我能获得多少赔偿？</Text>
        <Text className="tj-muted">按法律规定的计算方式测算，结果仅供参考。</Text>
        <CaseNote detail={detail} caseId={caseId} loggedIn={loggedIn} />
        {caseRequest.error ? <Text className="tj-error">案件信息未能读取：{caseRequest.error.message}</Text> : null}
        {calculator ? (
          <Button className="tj-touch" onClick={() => setChosenKind('')}>
            换一种计算
          </Button>
        ) : null}
      </View>
      {calculator ? (
        <CalculatorForm
          key={calculator.kind}
          calculator={calculator}
          prefill={prefill}
          regionalPrefill={region ? { enabled: true, ...region } : undefined}
          onUseResult={
            caseId && loggedIn
              ? (usedKind, input) =>
                  openRoute(
                    withQuery(ROUTES.opinion, { caseId, calculations: JSON.stringify([{ kind: usedKind, input }]) }),
                  )
              : undefined
          }
        />
      ) : (
        <CalculatorPicker items={items} onPick={(picked) => setChosenKind(picked.kind)} />
      )}
    </View>
  )
}
