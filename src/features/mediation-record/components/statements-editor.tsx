import type { PartyStatement } from '@contract/mediation-record'
import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { FormErrors } from '../record-form'
import { TextField } from '@/components/text-field'

interface StatementsEditorProps {
  statements: PartyStatement[]
  errors: FormErrors
  partyName: (partyId: string) => string
  onChange: (next: PartyStatement[]) => void
}

/** Each party's claims and statements; every statement is its own box, since one may run over several lines. */
export function StatementsEditor({ statements, errors, partyName, onChange }: StatementsEditorProps) {
  const setParty = (index: number, next: PartyStatement) => onChange(statements.map((s, i) => (i === index ? next : s)))
  return (
    <View className="tj-stack">
      {statements.map((party, i) => (
        <View key={party.partyId} className="tj-rec-party tj-stack" data-party={party.partyId}>
          <Text className="tj-rec-party__name">{partyName(party.partyId)}</Text>
          <TextField
            path={`statements.${i}.claims`}
            label="请求事项"
            multiline
            value={party.claims}
            error={errors[`statements.${i}.claims`]}
            onChange={(claims) => setParty(i, { ...party, claims })}
          />
          {party.statements.map((text, j) => (
            <View key={j} className="tj-stack">
              <TextField
                path={`statements.${i}.statements.${j}`}
                label={`陈述 ${j + 1}`}
                multiline
                value={text}
                error={errors[`statements.${i}.statements.${j}`]}
                onChange={(value) =>
                  setParty(i, { ...party, statements: party.statements.map((s, k) => (k === j ? value : s)) })
                }
              />
              <View
                role="button"
                className="tj-rec-link tj-touch"
                aria-label={`删除${partyName(party.partyId)}的陈述 ${j + 1}`}
                onClick={() => setParty(i, { ...party, statements: party.statements.filter((_, k) => k !== j) })}
              >
                删除这段陈述
              </View>
            </View>
          ))}
          <Button
            block
            className="tj-touch"
            onClick={() => setParty(i, { ...party, statements: [...party.statements, ''] })}
          >
            添加一段陈述
          </Button>
        </View>
      ))}
    </View>
  )
}
