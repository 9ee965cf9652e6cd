import { randomBytes } from 'node:crypto'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { limitBytes, readStreamHead } from '../../../src/services/storage/stream-head'
import { readAll } from './storage-contract'

function chunked(data: Buffer, chunkBytes: number): Readable {
  const chunks: Buffer[] = []
  for (let i = 0; i < data.length; i += chunkBytes) chunks.push(data.subarray(i, i + chunkBytes))
  return Readable.from(chunks)
}

describe('readStreamHead', () => {
  it.each([1, 7, 300, 5000])('returns the first bytes and replays everything (chunks of %i)', async (chunkBytes) => {
    const data = randomBytes(4000)
    const { head, stream } = await readStreamHead(chunked(data, chunkBytes), 1024)
    expect(head.equals(data.subarray(0, 1024))).toBe(true)
    expect((await readAll(stream)).equals(data)).toBe(true)
  })

  it('returns the whole content as the head when the stream is shorter', async () => {
    const data = Buffer.from('%PDF-1.7')
    const { head, stream } = await readStreamHead(chunked(data, 3), 1024)
    expect(head.toString()).toBe('%PDF-1.7')
    expect((await readAll(stream)).toString()).toBe('%PDF-1.7')
  })

  it('handles an empty stream', async () => {
    const { head, stream } = await readStreamHead(Readable.from([]), 1024)
    expect(head.length).toBe(0)
    expect((await readAll(stream)).length).toBe(0)
  })

  it('passes on an error raised after the head was read', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.alloc(2000)
      throw new Error('connection reset')
    }
    const { stream } = await readStreamHead(Readable.from(failing()), 1024)
    await expect(readAll(stream)).rejects.toThrow('connection reset')
  })

  it('releases the source when the consumer stops early', async () => {
    const source = chunked(randomBytes(10_000), 100)
    const { stream } = await readStreamHead(source, 10)
    stream.destroy()
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    expect(source.destroyed).toBe(true)
  })
})

describe('limitBytes', () => {
  it('passes content up to the limit unchanged', async () => {
    const data = randomBytes(1000)
    const out = await readAll(limitBytes(chunked(data, 64), 1000, () => new Error('too big')))
    expect(out.equals(data)).toBe(true)
  })

  it('fails as soon as the limit is passed, reporting how much arrived', async () => {
    let reported = 0
    const limited = limitBytes(chunked(randomBytes(5000), 300), 1000, (seen) => {
      reported = seen
      return new Error('FILE_TOO_LARGE')
    })
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() })
    await expect(pipeline(limited, sink)).rejects.toThrow('FILE_TOO_LARGE')
    expect(reported).toBe(1200)
  })

  it('reads nothing until consumed, so an oversized first chunk cannot fail unobserved', async () => {
    const source = Readable.from([randomBytes(5000)])
    const limited = limitBytes(source, 1000, () => new Error('FILE_TOO_LARGE'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(limited.errored).toBeNull()
    await expect(readAll(limited)).rejects.toThrow('FILE_TOO_LARGE')
  })
})
