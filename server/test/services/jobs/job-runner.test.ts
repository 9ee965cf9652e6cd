import pino from 'pino'
import { JobRunner, type Job } from '../../../src/services/jobs/job-runner'
import { singleProcessLock, type JobLock } from '../../../src/services/jobs/job-lock'
import { TestClock } from '../../helpers/test-app'

function capturingLog() {
  const lines: Array<{ level: number; msg: string; job?: string }> = []
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) })
  return { log, lines }
}

/** A job whose runs the test releases by hand, to hold one "in progress". */
function gatedJob(name: string, everySeconds = 0) {
  const runs: Date[] = []
  let release: () => void = () => undefined
  const job: Job = {
    name,
    everySeconds,
    run: (now) => {
      runs.push(now)
      return new Promise<number>((resolve) => {
        release = () => resolve(1)
      })
    },
  }
  return { job, runs, release: () => release() }
}

describe('job runner', () => {
  it('does not start a job again while it is still running', async () => {
    const clock = new TestClock()
    const { log } = capturingLog()
    const gated = gatedJob('slow')
    const runner = new JobRunner([gated.job], { clock, lock: singleProcessLock, log })
    const first = runner.run('slow')
    await new Promise((r) => setImmediate(r))
    expect(await runner.run('slow')).toEqual({ job: 'slow', status: 'skipped', reason: 'running' })
    gated.release()
    expect(await first).toEqual({ job: 'slow', status: 'done', count: 1 })
    expect(gated.runs).toHaveLength(1)
  })

  it('logs a failing job and goes on with the next one', async () => {
    const clock = new TestClock()
    const { log, lines } = capturingLog()
    const done: string[] = []
    const runner = new JobRunner(
      [
        { name: 'broken', everySeconds: 0, run: async () => Promise.reject(new Error('database gone')) },
        { name: 'fine', everySeconds: 0, run: async () => (done.push('fine'), 2) },
      ],
      { clock, lock: singleProcessLock, log },
    )
    const outcomes = await runner.runDue()
    expect(outcomes).toEqual([
      { job: 'broken', status: 'failed', error: 'database gone' },
      { job: 'fine', status: 'done', count: 2 },
    ])
    expect(done).toEqual(['fine'])
    expect(lines.find((l) => l.level === 50)).toMatchObject({ job: 'broken', msg: 'background job failed' })
  })

  it('keeps each job’s spacing by the injected clock', async () => {
    const clock = new TestClock()
    const { log } = capturingLog()
    const runs: string[] = []
    const runner = new JobRunner(
      [
        { name: 'often', everySeconds: 0, run: async () => (runs.push('often'), 0) },
        { name: 'hourly', everySeconds: 3600, run: async () => (runs.push('hourly'), 0) },
      ],
      { clock, lock: singleProcessLock, log },
    )
    await runner.runDue()
    clock.advance(1800)
    await runner.runDue()
    clock.advance(1800)
    await runner.runDue()
    expect(runs).toEqual(['often', 'hourly', 'often', 'often', 'hourly'])
  })

  it('skips a job another instance holds the lock for', async () => {
    const clock = new TestClock()
    const { log } = capturingLog()
    const heldElsewhere: JobLock = { tryRun: async () => ({ acquired: false }) }
    let ran = false
    const runner = new JobRunner([{ name: 'x', everySeconds: 0, run: async () => ((ran = true), 1) }], {
      clock,
      lock: heldElsewhere,
      log,
    })
    expect(await runner.run('x')).toEqual({ job: 'x', status: 'skipped', reason: 'locked' })
    expect(ran).toBe(false)
  })

  it('stop waits for a run in progress', async () => {
    const clock = new TestClock()
    const { log } = capturingLog()
    const gated = gatedJob('slow')
    const runner = new JobRunner([gated.job], { clock, lock: singleProcessLock, log })
    void runner.run('slow')
    await new Promise((r) => setImmediate(r))
    let stopped = false
    const stopping = runner.stop().then(() => (stopped = true))
    await new Promise((r) => setImmediate(r))
    expect(stopped).toBe(false)
    gated.release()
    await stopping
    expect(stopped).toBe(true)
  })
})
