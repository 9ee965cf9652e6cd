import type { CalculationResult, CalculatorDescriptor, RegionalFigureView } from '@contract/calculators'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { isApiError, messageOf } from '@/lib/api-error'
import { listRegionalFigures } from '../api/list-regional-figures'
import { runCalculator } from '../api/run-calculator'
import {
  buildInput,
  emptyValues,
  placeServerErrors,
  type FieldErrors,
  type FormValues,
  type RegionalChoice,
} from '../form-values'
import { fieldPaths, formFromSchema } from '../input-fields'
import { CalculationResultView } from './calculation-result-view'
import { FieldInput } from './field-input'
import { ListField } from './list-field'
import { RegionalFiguresSwitch } from './regional-figures-switch'

interface CalculatorFormProps {
  calculator: CalculatorDescriptor
  /** Values taken from a case; they override the empty form field by field. */
  prefill?: FormValues
  regionalPrefill?: Partial<RegionalChoice>
  /** Offered under the result when opened from a case: carry this calculation into the case's legal opinion. */
  onUseResult?: (kind: string, input: Record<string, unknown>) => void
}

const NO_REGION: RegionalChoice = { enabled: false, region: '', year: '' }

/** The form generated from one calculator's input schema, its submission and its result. */
export function CalculatorForm({ calculator, prefill, regionalPrefill, onUseResult }: CalculatorFormProps) {
  const form = useMemo(() => formFromSchema(calculator.inputSchema), [calculator.inputSchema])
  const [values, setValues] = useState<FormValues>(() => ({ ...emptyValues(form.fields), ...prefill }))
  const [regional, setRegional] = useState<RegionalChoice>({ ...NO_REGION, ...regionalPrefill })
  const [figures, setFigures] = useState<RegionalFigureView[] | null>(null)
  const [figuresError, setFiguresError] = useState<string | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<{ output: CalculationResult; input: Record<string, unknown> } | null>(null)

  const setValue = (key: string, value: FormValues[string]) => setValues((current) => ({ ...current, [key]: value }))

  // The statistics table is only fetched once someone asks to use it.
  useEffect(() => {
    if (!regional.enabled || figures !== null || figuresError !== null) return
    let current = true
    listRegionalFigures().then(
      (list) => current && setFigures(list.items),
      (error: unknown) => current && setFiguresError(messageOf(error)),
    )
    return () => {
      current = false
    }
  }, [regional.enabled, figures, figuresError])

  const submit = async () => {
    const { input, errors: found } = buildInput(form.fields, values, form.regionalLookup ? regional : undefined)
    setResult(null)
    setErrors(found)
    setFormError(Object.keys(found).length > 0 ? '请按提示修改标红的项目' : null)
    if (Object.keys(found).length > 0) return
    setSubmitting(true)
    try {
      setResult({ output: await runCalculator(calculator.kind, input), input })
    } catch (error) {
      if (!isApiError(error)) return setFormError(messageOf(error))
      const lengths = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.length]))
      const known = [...fieldPaths(form.fields, lengths), ...(regional.enabled ? ['region', 'year'] : [])]
      const { fieldErrors, unplaced } = placeServerErrors(error.details, known)
      setErrors(fieldErrors)
      const placed = Object.keys(fieldErrors).length > 0
      setFormError(unplaced.length > 0 ? unplaced.join('；') : placed ? '请按提示修改标红的项目' : error.message)
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View>
      <View className="tj-section tj-stack">
        <Text className="tj-section__title">{calculator.label}</Text>
        <Text className="tj-muted">{calculator.description}</Text>
        {form.fields.map((field) =>
          field.kind === 'list' ? (
            <ListField
              key={field.key}
              field={field}
              rows={Array.isArray(values[field.key]) ? (values[field.key] as Record<string, string>[]) : []}
              errors={errors}
              onChange={(rows) => setValue(field.key, rows)}
            />
          ) : (
            <FieldInput
              key={field.key}
              field={field}
              path={field.key}
              value={typeof values[field.key] === 'string' ? (values[field.key] as string) : ''}
              error={errors[field.key]}
              onChange={(value) => setValue(field.key, value)}
            />
          ),
        )}
        {form.regionalLookup ? (
          <RegionalFiguresSwitch
            figures={figures}
            loadError={figuresError}
            choice={regional}
            errors={errors}
            onChange={(next) => {
              if (next.enabled && !regional.enabled) setFiguresError(null) // switching on again retries a failed load
              setRegional(next)
            }}
          />
        ) : null}
        {formError ? (
          <View role="alert">
            <Text className="tj-error">{formError}</Text>
          </View>
        ) : null}
        <Button type="primary" block className="tj-touch" loading={submitting} onClick={() => void submit()}>
          开始计算
        </Button>
      </View>
      {result ? <CalculationResultView result={result.output} label={calculator.label} /> : null}
      {result && onUseResult ? (
        <View className="tj-inset">
          <Button block className="tj-touch" onClick={() => onUseResult(calculator.kind, result.input)}>
            用此结果生成法律意见书
          </Button>
        </View>
      ) : null}
    </View>
  )
}
