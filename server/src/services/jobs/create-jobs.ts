import type { FastifyInstance } from 'fastify'
import { judicialDeps } from '../judicial/judicial-deps'
import { Notifier } from '../notifications/notifier'
import type { SubscribeMessageProvider } from '../notifications/subscribe-messages'
import { PerformanceService } from '../performance/performance-service'
import { caseDeadlineReminders } from './case-deadline-reminders'
import { instalmentReminders } from './instalment-reminders'
import { jobLockFor } from './job-lock'
import { JobRunner } from './job-runner'
import { judicialDecisionReminders } from './judicial-decision-reminders'
import { parseLeadHours, sessionReminders } from './session-reminders'

export interface JobsOptions {
  /** Where the reminders' subscribe messages go; the app's provider by default. */
  subscribeMessages?: SubscribeMessageProvider
}

/** The app's background jobs, with their settings from the validated configuration (see the README). */
export function createJobs(app: FastifyInstance, options: JobsOptions = {}): JobRunner {
  const { config, database } = app
  const notifier = new Notifier(database, options.subscribeMessages ?? app.services.subscribeMessages, app.log)
  const deps = { database, notifier }
  return new JobRunner(
    [
      sessionReminders(deps, parseLeadHours(config.SESSION_REMINDER_HOURS)),
      caseDeadlineReminders(deps, config.DEADLINE_REMINDER_DAYS),
      judicialDecisionReminders(deps, config.DEADLINE_REMINDER_DAYS),
      instalmentReminders(deps, new PerformanceService(judicialDeps(app)), config.INSTALMENT_REMINDER_DAYS_AHEAD),
    ],
    { clock: app.services.clock, lock: jobLockFor(database), log: app.log },
  )
}
