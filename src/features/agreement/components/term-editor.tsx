import type { PaymentMethod } from '@contract/agreements'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { amountInCapitals } from '@/lib/amount-in-capitals'
import { PAYMENT_METHOD_LABELS, parseYuan, type FormErrors, type TermForm } from '../agreement-form-values'
import { ChoiceChips } from '@/components/choice-chips'
import { TextField } from '@/components/text-field'

export interface PartyOption {
  partyId: string
  name: string
  role: string
}

interface TermEditorProps {
  index: number
  term: TermForm
  parties: PartyOption[]
  errors: FormErrors
  onChange: (term: TermForm) => void
  onRemove: () => void
}

const METHODS = (Object.keys(PAYMENT_METHOD_LABELS) as PaymentMethod[]).map((value) => ({
  value,
  label: PAYMENT_METHOD_LABELS[value],
}))

/** 大写 under the amount as typed, so the mediator reads back what the agreement will print. */
function CapitalsHint({ text }: { text: string }) {
  const yuan = parseYuan(text)
  const written = yuan === null ? null : amountInCapitals(yuan)
  return written ? <Text className="tj-agr-capitals">大写：{written}</Text> : null
}

export function TermEditor({ index, term, parties, errors, onChange, onRemove }: TermEditorProps) {
  const at = (field: string) => `terms.${index}.${field}`
  const set = (patch: Partial<TermForm>) => onChange({ ...term, ...patch })
  const partyOptions = parties.map((party) => ({ value: party.partyId, label: party.name }))
  const payment = term.kind === 'payment'
  const setInstalment = (n: number, patch: Partial<TermForm['instalments'][number]>) =>
    set({ instalments: term.instalments.map((item, i) => (i === n ? { ...item, ...patch } : item)) })

  return (
    <View className="tj-agr-term tj-stack" data-term={index}>
      <View className="tj-agr-term__head">
        <Text className="tj-agr-term__title">第 {index + 1} 条</Text>
        <Button size="small" onClick={onRemove}>
          删除本条
        </Button>
      </View>
      <ChoiceChips
        path={at('kind')}
        label="条款类型"
        value={term.kind}
        options={[
          { value: 'payment', label: '付款' },
          { value: 'obligation', label: '其他义务' },
        ]}
        onChange={(kind) => set({ kind })}
      />
      <ChoiceChips
        path={at('payerPartyId')}
        label={payment ? '付款方' : '履行方'}
        value={term.payerPartyId}
        options={partyOptions}
        error={errors[at('payerPartyId')]}
        onChange={(payerPartyId) => set({ payerPartyId })}
      />
      <ChoiceChips
        path={at('payeePartyId')}
        label={payment ? '收款方' : '相对方（可不选）'}
        value={term.payeePartyId}
        options={partyOptions}
        error={errors[at('payeePartyId')]}
        onChange={(payeePartyId) => set({ payeePartyId })}
      />
      <TextField
        path={at('description')}
        label={payment ? '款项名称' : '应做的事'}
        placeholder={payment ? '如 拖欠的劳动报酬、退还押金' : '如 交还房屋钥匙、出具离职证明'}
        value={term.description}
        error={errors[at('description')]}
        onChange={(description) => set({ description })}
      />
      {payment ? (
        <>
          <TextField
            path={at('amount')}
            label="金额（元）"
            digits
            value={term.amount}
            error={errors[at('amount')]}
            onChange={(amount) => set({ amount })}
            hint={<CapitalsHint text={term.amount} />}
          />
          <ChoiceChips
            path={at('method')}
            label="支付方式"
            value={term.method}
            options={METHODS}
            error={errors[at('method')]}
            onChange={(method) => set({ method })}
          />
          <TextField
            path={at('account')}
            label="收款账户（可不填）"
            placeholder="户名、开户行、账号"
            value={term.account}
            onChange={(account) => set({ account })}
          />
          <ChoiceChips
            path={at('schedule')}
            label="付款安排"
            value={term.schedule}
            options={[
              { value: 'once', label: '一次付清' },
              { value: 'instalments', label: '分期付款' },
            ]}
            error={errors[at('instalments')]}
            onChange={(schedule) =>
              set({
                schedule,
                instalments:
                  schedule === 'instalments' && term.instalments.length === 0
                    ? [
                        { dueDate: '', amount: '' },
                        { dueDate: '', amount: '' },
                      ]
                    : term.instalments,
              })
            }
          />
        </>
      ) : null}
      {!payment || term.schedule === 'once' ? (
        <TextField
          path={at('dueDate')}
          label={payment ? '付款期限' : '履行期限（可不填）'}
          placeholder="如 2026-12-31"
          value={term.dueDate}
          error={errors[at('dueDate')]}
          onChange={(dueDate) => set({ dueDate })}
        />
      ) : (
        <View className="tj-stack">
          {term.instalments.map((item, n) => (
            <View key={n} className="tj-agr-instalment">
              <TextField
                path={at(`instalments.${n}.dueDate`)}
                label={`第 ${n + 1} 期日期`}
                placeholder="如 2026-12-31"
                value={item.dueDate}
                error={errors[at(`instalments.${n}.dueDate`)]}
                onChange={(dueDate) => setInstalment(n, { dueDate })}
              />
              <TextField
                path={at(`instalments.${n}.amount`)}
                label={`第 ${n + 1} 期金额（元）`}
                digits
                value={item.amount}
                error={errors[at(`instalments.${n}.amount`)]}
                onChange={(amount) => setInstalment(n, { amount })}
                hint={<CapitalsHint text={item.amount} />}
              />
            </View>
          ))}
          <View className="tj-agr-term__head">
            <Button
              size="small"
              onClick={() => set({ instalments: [...term.instalments, { dueDate: '', amount: '' }] })}
            >
              增加一期
            </Button>
            {term.instalments.length > 2 ? (
              <Button size="small" onClick={() => set({ instalments: term.instalments.slice(0, -1) })}>
                删除最后一期
              </Button>
            ) : null}
          </View>
        </View>
      )}
      {!payment ? (
        <TextField
          path={at('place')}
          label="履行地点（可不填）"
          value={term.place}
          onChange={(place) => set({ place })}
        />
      ) : null}
    </View>
  )
}
