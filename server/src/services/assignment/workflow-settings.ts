import type { Config } from '../../config'

/** Settings of the referral and assignment workflow, taken from the validated configuration. */
export interface WorkflowSettings {
  /** How long a share link can be claimed (days). */
  invitationTtlDays: number
  /** Prefix the token is appended to in SMS and share cards. */
  invitationLinkBase: string
  /** 劳动争议调解仲裁法 14: no agreement within 15 days → arbitration. */
  labourDeadlineDays: number
  /**
   * Where the labour period starts: 'received' (default: art 14 counts from the day the committee received
   * the application) or 'accepted' (the committee's acceptance). The shared legal reference does not state
   * the start, so this is a setting.
   */
  labourDeadlineFrom: 'accepted' | 'received'
  /**
   * Other types: MOJ 人民调解工作若干规定 (2002) art 33 "generally one month" — secondary source, so the
   * period is a setting (default 30 days) and shown as configurable.
   */
  generalDeadlineDays: number
}

/** The workflow's view of the validated configuration (see config.ts and the README). */
export function workflowSettingsFrom(config: Config): WorkflowSettings {
  return {
    invitationTtlDays: config.INVITATION_TTL_DAYS,
    invitationLinkBase: config.INVITATION_LINK_BASE,
    labourDeadlineDays: config.LABOUR_MEDIATION_DEADLINE_DAYS,
    labourDeadlineFrom: config.LABOUR_DEADLINE_FROM,
    generalDeadlineDays: config.MEDIATION_GENERAL_DEADLINE_DAYS,
  }
}
