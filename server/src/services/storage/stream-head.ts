import { Readable } from 'node:stream'

/**
 * Reads the first `bytes` of a stream (fewer if it ends sooner) and returns them with a stream that still
 * yields the whole content, so an upload can be sniffed before it is stored without buffering it all.
 */
export async function readStreamHead(source: Readable, bytes: number): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>
  const chunks: Buffer[] = []
  let length = 0
  let ended = false
  while (length < bytes) {
    const next = await iterator.next()
    if (next.done) {
      ended = true
      break
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value)
    chunks.push(chunk)
    length += chunk.length
  }
  const buffered = Buffer.concat(chunks)
  let sourceDone = ended
  async function* replay(): AsyncGenerator<Buffer> {
    if (buffered.length > 0) yield buffered
    if (sourceDone) return
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value)
    }
    sourceDone = true
  }
  const stream = Readable.from(replay(), { objectMode: false })
  // The consumer stopped early (error, client gone): release the source too.
  stream.once('close', () => {
    if (!sourceDone) source.destroy()
  })
  return { head: buffered.subarray(0, bytes), stream }
}

/**
 * A stream of `source` that fails with `makeError(seenBytes)` as soon as more than `limitBytes` pass, so an
 * oversized upload is refused while it arrives. Lazy: nothing is read until the result is consumed, so the
 * error always reaches the consumer's pipeline instead of firing unobserved.
 */
export function limitBytes(source: Readable, limitBytes: number, makeError: (seenBytes: number) => Error): Readable {
  async function* limited(): AsyncGenerator<Buffer> {
    let seen = 0
    for await (const chunk of source) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)
      seen += buffer.length
      if (seen > limitBytes) throw makeError(seen)
      yield buffer
    }
  }
  return Readable.from(limited(), { objectMode: false })
}
