import type { JudicialApplication } from '@contract/judicial'
import { Text, View } from '@tarojs/components'
import type { CaseFileActions } from '../case-file-actions'
import { COURT_BASIS_LABELS } from '../judicial-labels'
import { FileButton } from './file-button'

interface ApplicationSummaryProps {
  application: JudicialApplication
  files: CaseFileActions
}

/** The generated 申请书 (legal-reference §6.4): addressed court, its CPL 205 ground and the attachments. */
export function ApplicationSummary({ application, files }: ApplicationSummaryProps) {
  const bases = application.courtBases.map((basis) => COURT_BASIS_LABELS[basis] ?? basis).join('、')
  const fileId = application.applicationFileId
  return (
    <View className="tj-section tj-stack" aria-label="司法确认申请书">
      <Text className="tj-section__title">司法确认申请书</Text>
      <Text>受理法院：{application.court.name}</Text>
      <Text className="tj-jc-article">管辖依据：{bases}（民事诉讼法第二百零五条）</Text>
      <Text className="tj-muted">
        申请事项：请求确认双方经人民调解委员会主持达成的调解协议有效。申请人承诺协议系自愿达成，不存在恶意串通、规避法律或损害他人合法权益的情形。
      </Text>
      <Text className="tj-jc-item__title">附件</Text>
      {application.attachments.map((attachment, index) => (
        <View key={`${attachment.label}-${index}`} className="tj-jc-item">
          <Text>
            {index + 1}. {attachment.label}
          </Text>
          {attachment.fileId ? (
            <FileButton label="查看" open={() => files.open(attachment.fileId!, `${attachment.label}`)} />
          ) : null}
        </View>
      ))}
      {fileId ? (
        <FileButton
          label="阅读申请书全文（PDF）"
          testId="judicial-open-application"
          open={() => files.open(fileId, '司法确认申请书.pdf')}
        />
      ) : null}
    </View>
  )
}
