import type { JudicialApplication } from '@contract/judicial'
import { Text, View } from '@tarojs/components'
import { COURT_BASIS_LABELS } from '../judicial-labels'
import { ApplicationTextView } from './application-text'
import { FileButton } from './file-button'

interface ApplicationSummaryProps {
  application: JudicialApplication
  /** Opens one of the application's files (the parties through the case, the court through its own route). */
  openFile: (fileId: string, fileName: string) => Promise<void>
  /** Opens the sealed agreement (the first attachment); the parties have it on the agreement page. */
  openAgreement?: () => Promise<void>
}

/** The generated 申请书 (legal-reference §6.4): its text, the addressed court with its CPL 205 ground, attachments. */
export function ApplicationSummary({ application, openFile, openAgreement }: ApplicationSummaryProps) {
  const bases = application.courtBases.map((basis) => COURT_BASIS_LABELS[basis] ?? basis).join('、')
  const fileId = application.applicationFileId
  return (
    <View className="tj-section tj-stack" aria-label="司法确认申请书">
      <Text className="tj-section__title">司法确认申请书</Text>
      <Text>受理法院：{application.court.name}</Text>
      <Text className="tj-jc-article">管辖依据：{bases}（民事诉讼法第二百零五条）</Text>
      {application.text ? (
        <ApplicationTextView text={application.text} />
      ) : (
        <Text className="tj-muted">申请书正文请打开下方的 PDF 阅读。</Text>
      )}
      <Text className="tj-jc-item__title">附件</Text>
      {application.attachments.map((attachment, index) => (
        <View key={`${attachment.label}-${index}`} className="tj-jc-item">
          <Text>
            {index + 1}. {attachment.label}
          </Text>
          {attachment.fileId ? (
            <FileButton
              label="查看"
              testId={`judicial-attachment-${index}`}
              open={() => openFile(attachment.fileId!, attachment.label)}
            />
          ) : index === 0 && openAgreement ? (
            <FileButton label="查看调解协议（PDF）" testId="judicial-open-agreement" open={openAgreement} />
          ) : null}
        </View>
      ))}
      {fileId ? (
        <FileButton
          label="阅读申请书全文（PDF）"
          testId="judicial-open-application"
          open={() => openFile(fileId, '司法确认申请书.pdf')}
        />
      ) : null}
    </View>
  )
}
