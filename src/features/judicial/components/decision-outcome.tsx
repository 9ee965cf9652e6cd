import type { JudicialApplication } from '@contract/judicial'
import { Text, View } from '@tarojs/components'
import type { CaseFileActions } from '../case-file-actions'
import { FileButton } from './file-button'

interface DecisionOutcomeProps {
  application: JudicialApplication
  files: CaseFileActions
}

/** The court's ruling and what it means for the parties next (CPL 206, 250; CPL-Interp 372; PML 33). */
export function DecisionOutcome({ application, files }: DecisionOutcomeProps) {
  const rulingId = application.rulingFileId
  if (application.status !== 'confirmed' && application.status !== 'rejected') return null
  const valid = application.status === 'confirmed'
  return (
    <View
      className="tj-section tj-stack"
      aria-label="法院裁定"
      data-testid="judicial-outcome"
      data-outcome={application.status}
    >
      <Text className="tj-section__title">{valid ? '法院裁定调解协议有效' : '法院裁定驳回申请'}</Text>
      {valid ? (
        <>
          <Text>
            一方拒绝履行或者未全部履行的，另一方可以向作出裁定的人民法院申请强制执行（民事诉讼法第二百零六条）。申请执行的期间为二年，从协议规定的履行期间最后一日起计算（民事诉讼法第二百五十条）。
          </Text>
        </>
      ) : (
        <>
          <Text className="tj-error">驳回理由：{application.decisionReasons}</Text>
          <Text>驳回申请后，调解协议仍对双方有约束力（人民调解法第三十一条）。您可以：</Text>
          {application.nextRoutes.map((route) => (
            <Text key={route}>· {route}</Text>
          ))}
        </>
      )}
      <Text className="tj-muted">
        对裁定有异议的，当事人可以自收到裁定之日起十五日内向作出裁定的人民法院提出（民诉法解释第三百七十二条）。民事裁定书已送达您的站内送达箱。
      </Text>
      {rulingId ? (
        <FileButton
          primary
          label="查看民事裁定书"
          testId="judicial-open-ruling"
          open={() => files.open(rulingId, '民事裁定书.pdf')}
        />
      ) : null}
    </View>
  )
}
