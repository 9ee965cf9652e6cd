import type { JudicialApplication } from '@contract/judicial'
import { Text, View } from '@tarojs/components'
import { formatChinaTime } from '../judicial-dates'
import { DECISION_RULE } from '../judicial-labels'

type StepState = 'done' | 'current' | 'failed' | 'todo'

interface Step {
  key: string
  title: string
  state: StepState
  lines: string[]
}

/** Where the application stands: confirmed → submitted → filed → (materials) → ruled, each with its time. */
export function timelineSteps(application: JudicialApplication): Step[] {
  const { status } = application
  const decided = status === 'confirmed' || status === 'rejected'
  const steps: Step[] = [
    {
      key: 'submitted',
      title: '提交法院',
      state: application.submittedAt ? 'done' : 'current',
      lines: application.submittedAt
        ? [`${formatChinaTime(application.submittedAt)} 提交${application.court.name}`]
        : ['等待各方确认申请书'],
    },
    {
      key: 'filed',
      title: '法院立案',
      state: application.filedAt ? 'done' : status === 'submitted' ? 'current' : 'todo',
      lines: application.filedAt
        ? [
            `${formatChinaTime(application.filedAt)} 立案，案号 ${application.courtCaseNumber ?? ''}`,
            ...(application.decisionDueDate && !decided
              ? [`预计 ${application.decisionDueDate} 前作出裁定（${DECISION_RULE}）`]
              : []),
          ]
        : [],
    },
  ]
  if (application.materialRequests.length) {
    steps.push({
      key: 'materials',
      title: '补充材料',
      state: status === 'materials_requested' ? 'current' : 'done',
      lines: application.materialRequests.map(
        (request) =>
          `${formatChinaTime(request.requestedAt)} 法院要求：${request.message}（${request.suppliedAt ? '已补充' : '待补充'}）`,
      ),
    })
  }
  steps.push({
    key: 'decision',
    title: status === 'rejected' ? '裁定驳回申请' : '裁定调解协议有效',
    state: status === 'confirmed' ? 'done' : status === 'rejected' ? 'failed' : status === 'filed' ? 'current' : 'todo',
    lines: application.decidedAt ? [`${formatChinaTime(application.decidedAt)} 作出民事裁定书`] : [],
  })
  return steps
}

const STATE_LABELS: Record<StepState, string> = { done: '已完成', current: '进行中', failed: '已驳回', todo: '未开始' }

export function StatusTimeline({ application }: { application: JudicialApplication }) {
  return (
    <View className="tj-section tj-stack" aria-label="办理进度">
      <Text className="tj-section__title">办理进度</Text>
      {timelineSteps(application).map((step) => (
        <View
          key={step.key}
          className={`tj-jc-step tj-jc-step--${step.state} tj-stack`}
          data-testid={`judicial-step-${step.key}`}
          data-state={step.state}
        >
          <Text>
            {step.title}（{STATE_LABELS[step.state]}）
          </Text>
          {step.lines.map((line, index) => (
            <Text key={index} className="tj-muted">
              {line}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
