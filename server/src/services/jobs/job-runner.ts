import type { FastifyBaseLogger } from 'fastify'
import type { Clock } from '../../lib/clock'
import type { JobLock } from './job-lock'

/** One background job. `run` must be idempotent: it may run again after a crash, a restart or on another instance. */
export interface Job {
  name: string
  /** Least time between two runs in this process (0: every tick); the work itself decides what is due. */
  everySeconds: number
  /** Does what is due at `now`; returns how many things it did (reminders sent), for the log and tests. */
  run(now: Date): Promise<number>
}

export type JobOutcome =
  | { job: string; status: 'done'; count: number }
  | { job: string; status: 'skipped'; reason: 'running' | 'locked' }
  | { job: string; status: 'failed'; error: string }

export interface JobRunnerDeps {
  clock: Clock
  lock: JobLock
  log: FastifyBaseLogger
}

/**
 * A small interval scheduler. Every tick runs the jobs whose spacing has passed, one after another; a job still
 * running (a slow tick) is skipped rather than started twice, and with several instances the lock lets one run it.
 * Errors are logged, never thrown: one failing job must not stop the others or crash the server.
 */
export class JobRunner {
  private readonly running = new Set<string>()
  private readonly lastRun = new Map<string, number>()
  private readonly inFlight = new Set<Promise<unknown>>()
  private timer: NodeJS.Timeout | null = null

  constructor(
    readonly jobs: readonly Job[],
    private readonly deps: JobRunnerDeps,
  ) {}

  start(intervalSeconds: number): void {
    if (this.timer) return
    this.timer = setInterval(() => void this.track(this.runDue()), intervalSeconds * 1000)
    // Never keep the process alive just for reminders.
    this.timer.unref()
  }

  /** Stops the timer and waits for the runs in progress, so the database is not closed under them. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await Promise.allSettled([...this.inFlight])
  }

  /** One tick: every job whose spacing has passed (by the injected clock). */
  async runDue(): Promise<JobOutcome[]> {
    const now = this.deps.clock.now().getTime()
    const outcomes: JobOutcome[] = []
    for (const job of this.jobs) {
      const last = this.lastRun.get(job.name)
      if (last !== undefined && now - last < job.everySeconds * 1000) continue
      outcomes.push(await this.run(job.name))
    }
    return outcomes
  }

  /** Runs one job now (whatever its spacing), unless it is already running here or under another instance's lock. */
  run(name: string): Promise<JobOutcome> {
    return this.track(this.runOne(name))
  }

  private async runOne(name: string): Promise<JobOutcome> {
    const job = this.jobs.find((j) => j.name === name)
    if (!job) throw new Error(`Unknown job ${name}`)
    if (this.running.has(name)) return { job: name, status: 'skipped', reason: 'running' }
    this.running.add(name)
    const startedAt = this.deps.clock.now()
    try {
      const result = await this.deps.lock.tryRun(name, () => job.run(startedAt))
      if (!result.acquired) return { job: name, status: 'skipped', reason: 'locked' }
      this.lastRun.set(name, startedAt.getTime())
      if (result.value > 0) this.deps.log.info({ job: name, count: result.value }, 'background job done')
      return { job: name, status: 'done', count: result.value }
    } catch (err) {
      // Retried at the next tick: the jobs are idempotent.
      this.deps.log.error({ err, job: name }, 'background job failed')
      return { job: name, status: 'failed', error: err instanceof Error ? err.message : String(err) }
    } finally {
      this.running.delete(name)
    }
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise)
    void promise.finally(() => this.inFlight.delete(promise)).catch(() => undefined)
    return promise
  }
}
