import type { Readiness } from '@contract/judicial'
import { Text, View } from '@tarojs/components'
import '../../../styles/form-controls.scss'

interface CourtChooserProps {
  courts: Readiness['courts']
  value: string
  onChange: (courtId: string) => void
  error?: string
}

/** The competent courts, each with the CPL 205 ground that makes it competent for this case. */
export function CourtChooser({ courts, value, onChange, error }: CourtChooserProps) {
  return (
    <View className={`tj-field${error ? ' tj-field--invalid' : ''}`} data-field="courtId">
      <Text className="tj-field__label">向哪个法院申请</Text>
      <View className="tj-jc-chips tj-stack" role="radiogroup" aria-label="选择法院">
        {courts.map((court) => (
          <View
            key={court.courtId}
            role="radio"
            aria-checked={value === court.courtId}
            data-testid={`judicial-court-${court.courtId}`}
            className={`tj-jc-chip${value === court.courtId ? ' tj-jc-chip--on' : ''}`}
            onClick={() => onChange(court.courtId)}
          >
            <Text>{court.name}</Text>
            <Text className="tj-jc-article">管辖依据：{court.basisText}（民事诉讼法第二百零五条）</Text>
          </View>
        ))}
      </View>
      {error ? (
        <View className="tj-error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
