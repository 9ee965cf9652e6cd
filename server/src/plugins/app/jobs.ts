import fp from 'fastify-plugin'
import { createJobs } from '../../services/jobs/create-jobs'
import type { JobRunner } from '../../services/jobs/job-runner'

declare module 'fastify' {
  interface FastifyInstance {
    /** Background jobs (reminders); tests run them directly with `app.jobs.run(name)`. */
    jobs: JobRunner
  }
}

/**
 * Starts the background jobs once the app is ready and stops them (waiting for a run in progress) on close.
 * JOBS_ENABLED=false turns the timer off (for example on API instances that should not run jobs); under
 * NODE_ENV=test it is off unless set, and tests call the jobs themselves with a test clock.
 */
export default fp(
  async (app) => {
    const runner = createJobs(app)
    app.decorate('jobs', runner)
    const enabled = app.config.JOBS_ENABLED ?? app.config.NODE_ENV !== 'test'
    if (enabled) {
      app.addHook('onReady', async () => runner.start(app.config.JOBS_INTERVAL_SECONDS))
    }
    app.addHook('onClose', async () => runner.stop())
  },
  { name: 'jobs', dependencies: ['db', 'services'] },
)
