import type { JudicialStatus } from '@contract/judicial'

/** The application's status as the parties and the court read it (refusals quote it in Chinese). */
export const JUDICIAL_STATUS_LABELS: Record<JudicialStatus, string> = {
  awaiting_parties: '等待各方确认申请书',
  submitted: '已提交法院，待立案',
  filed: '法院已立案，审查中',
  materials_requested: '法院要求补充材料',
  confirmed: '已裁定调解协议有效',
  rejected: '已裁定驳回申请',
}

export function judicialStatusLabel(status: string): string {
  return JUDICIAL_STATUS_LABELS[status as JudicialStatus] ?? status
}

/** The refusal of an action the application's current status does not allow. */
export function wrongStatusMessage(status: string): string {
  return `申请当前状态为“${judicialStatusLabel(status)}”，不能进行此操作`
}
