/**
 * Settings of the referral and assignment workflow. They are read from the environment here because the
 * core config schema belongs to the foundation; each value is validated and a bad one stops the start-up
 * with the variable's name.
 */
export interface WorkflowSettings {
  /** How long a share link can be claimed (days). */
  invitationTtlDays: number
  /** Prefix the token is appended to in SMS and share cards. */
  invitationLinkBase: string
  /** 劳动争议调解仲裁法 14: no agreement within 15 days → arbitration. */
  labourDeadlineDays: number
  /**
   * Other types: MOJ 人民调解工作若干规定 (2002) art 33 "generally one month" — secondary source, so the
   * period is a setting (default 30 days) and shown as configurable.
   */
  generalDeadlineDays: number
}

export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  invitationTtlDays: 7,
  invitationLinkBase: '/pages/invitation/index?token=',
  labourDeadlineDays: 15,
  generalDeadlineDays: 30,
}

function positiveInt(env: Record<string, string | undefined>, name: string, fallback: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`Invalid configuration:\n  ${name}: must be a whole number from 1 to ${max}`)
  }
  return value
}

export function loadWorkflowSettings(env: Record<string, string | undefined> = process.env): WorkflowSettings {
  return {
    invitationTtlDays: positiveInt(env, 'INVITATION_TTL_DAYS', DEFAULT_WORKFLOW_SETTINGS.invitationTtlDays, 90),
    invitationLinkBase: env.INVITATION_LINK_BASE || DEFAULT_WORKFLOW_SETTINGS.invitationLinkBase,
    labourDeadlineDays: positiveInt(
      env,
      'LABOUR_MEDIATION_DEADLINE_DAYS',
      DEFAULT_WORKFLOW_SETTINGS.labourDeadlineDays,
      365,
    ),
    generalDeadlineDays: positiveInt(
      env,
      'MEDIATION_GENERAL_DEADLINE_DAYS',
      DEFAULT_WORKFLOW_SETTINGS.generalDeadlineDays,
      365,
    ),
  }
}
