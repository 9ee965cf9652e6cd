import type { SessionMessage } from '@contract/sessions'

export type FetchAfter = (afterSeq: number, limit: number) => Promise<SessionMessage[]>

const PAGE = 200

/**
 * Hands one connection every stored message of its room exactly once, in seq order, from its resume point.
 *
 * Live events may arrive early (before resume), late (after the backlog already covered them) or out of order
 * (two instances publishing). All work runs on one queue: a live event below the next expected seq is a
 * duplicate and dropped; one above it means a gap, filled from the database first — safe because a seq becomes
 * visible only after every lower seq has committed (see MessagesStore).
 */
export class OrderedDelivery {
  private nextSeq: number | null = null
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly fetchAfter: FetchAfter,
    private readonly emit: (message: SessionMessage) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Sends everything after `afterSeq`; resolves with the last seq sent once the backlog is out. */
  resume(afterSeq: number): Promise<number> {
    return this.enqueue(async () => {
      this.nextSeq = afterSeq + 1
      await this.fillUpTo(Number.POSITIVE_INFINITY)
      return this.nextSeq - 1
    })
  }

  /** A message from the bus. Ignored until the client has resumed: the backlog read will include it. */
  live(message: SessionMessage): void {
    if (this.nextSeq === null) return
    void this.enqueue(async () => {
      if (this.nextSeq === null || message.seq < this.nextSeq) return
      if (message.seq > this.nextSeq) {
        await this.fillUpTo(message.seq)
        return
      }
      this.send(message)
    })
  }

  /** Sends whatever was stored since the last message sent (after the bus may have lost events). */
  catchUp(): void {
    if (this.nextSeq === null) return
    void this.enqueue(() => this.fillUpTo(Number.POSITIVE_INFINITY))
  }

  get lastSentSeq(): number | null {
    return this.nextSeq === null ? null : this.nextSeq - 1
  }

  private send(message: SessionMessage): void {
    this.emit(message)
    this.nextSeq = message.seq + 1
  }

  private async fillUpTo(maxSeq: number): Promise<void> {
    for (;;) {
      const page = await this.fetchAfter(this.nextSeq! - 1, PAGE)
      for (const message of page) {
        if (message.seq > maxSeq) return
        if (message.seq !== this.nextSeq) throw new Error(`room sequence gap at ${this.nextSeq}`)
        this.send(message)
      }
      if (page.length < PAGE || this.nextSeq! > maxSeq) return
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work)
    this.queue = run.then(
      () => undefined,
      (error) => this.onError(error),
    )
    return run
  }
}
