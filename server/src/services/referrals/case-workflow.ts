import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/database'
import { AssignmentService } from '../assignment/assignment-service'
import { CaseViews } from '../assignment/case-views'
import { workflowSettingsFrom, type WorkflowSettings } from '../assignment/workflow-settings'
import type { WorkflowDeps } from '../assignment/workflow-tx'
import { FactSheetService } from '../fact-sheet/fact-sheet-service'
import { InvitationService } from '../invitations/invitation-service'
import { Notifier } from '../notifications/notifier'
import { CaseOutcomes } from './case-outcomes'
import { ReferralService } from './referral-service'

/** The services of the referral → assignment workflow, built once per app from its core services. */
export interface CaseWorkflow {
  settings: WorkflowSettings
  deps: WorkflowDeps
  notifier: Notifier
  invitations: InvitationService
  referrals: ReferralService
  outcomes: CaseOutcomes
  factSheet: FactSheetService
  assignment: AssignmentService
  views: CaseViews
}

// Keyed by the app's database, which every encapsulated route plugin shares.
const built = new WeakMap<Database, CaseWorkflow>()

export function caseWorkflow(app: FastifyInstance): CaseWorkflow {
  const existing = built.get(app.database)
  if (existing) return existing
  const { audit, clock, sms, organisations } = app.services
  const settings = workflowSettingsFrom(app.config)
  const notifier = new Notifier(app.database, app.services.subscribeMessages, app.log)
  const deps: WorkflowDeps = { database: app.database, audit, notifier, clock }
  const invitations = new InvitationService(app.database, audit, sms, notifier, clock, settings)
  const workflow: CaseWorkflow = {
    settings,
    deps,
    notifier,
    invitations,
    referrals: new ReferralService(app.database, organisations, invitations, audit, clock, settings),
    outcomes: new CaseOutcomes(app.database, audit, notifier, clock),
    factSheet: new FactSheetService(app.database, audit, clock),
    assignment: new AssignmentService(deps, settings),
    views: new CaseViews(app.database, clock, settings),
  }
  built.set(app.database, workflow)
  return workflow
}
