import { createHash, randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import type { FileStorage } from '../../../src/services/storage/file-storage'
import { newStorageKey } from '../../../src/services/storage/storage-keys'

/** Keys a hostile or buggy caller might pass; every driver must refuse all of them before touching storage. */
export const HOSTILE_KEYS = [
  '',
  '.',
  '..',
  '../outside',
  '../../etc/passwd',
  'files/../../outside',
  'files/./x',
  '/etc/passwd',
  'files//x',
  'files/x/',
  '.hidden',
  'files/.hidden',
  'files\\..\\..\\outside',
  'C:\\Windows\\win.ini',
  'files/x\u0000.bin',
  'files/%2e%2e/outside',
  'files/证据.jpg',
  'files/a b',
  'x'.repeat(201),
]

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** Every byte value, then random bytes: catches text-mode or encoding mistakes. */
function binarySample(size: number): Buffer {
  const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
  return Buffer.concat([allBytes, randomBytes(Math.max(0, size - 256))])
}

/** A stream of `totalBytes` random bytes in `chunkBytes` pieces, with its sha256 computed on the way. */
function randomChunks(totalBytes: number, chunkBytes: number): { stream: Readable; digest: () => string } {
  const hash = createHash('sha256')
  let remaining = totalBytes
  let digestHex: string | undefined
  async function* generate(): AsyncGenerator<Buffer> {
    while (remaining > 0) {
      const chunk = randomBytes(Math.min(chunkBytes, remaining))
      remaining -= chunk.length
      hash.update(chunk)
      yield chunk
    }
    digestHex = hash.digest('hex')
  }
  return {
    stream: Readable.from(generate()),
    digest: () => {
      if (!digestHex) throw new Error('stream not consumed yet')
      return digestHex
    },
  }
}

export interface StorageHarness {
  storage: FileStorage
}

/**
 * The behaviour every FileStorage driver must have. Each driver's test file calls this with its own setup,
 * so the local folder and S3 are held to exactly the same promises.
 */
export function describeStorageContract(name: string, harness: () => StorageHarness): void {
  describe(`${name}: FileStorage contract`, () => {
    const storage = () => harness().storage

    it('round-trips a binary buffer with its size, sha256 and content type', async () => {
      const data = binarySample(70_000)
      const key = newStorageKey('evidence')
      const put = await storage().put(key, data, { contentType: 'image/jpeg', size: data.length })
      expect(put).toEqual({ key, size: data.length, sha256: sha256(data) })

      const stored = await storage().get(key)
      expect(stored.contentType).toBe('image/jpeg')
      expect(stored.size).toBe(data.length)
      expect((await readAll(stored.stream)).equals(data)).toBe(true)
    })

    it('stores a readable stream without a declared size', async () => {
      const data = binarySample(3000)
      const key = newStorageKey('voice')
      const body = Readable.from([data.subarray(0, 1000), data.subarray(1000, 1001), data.subarray(1001)])
      const put = await storage().put(key, body, { contentType: 'audio/mp4' })
      expect(put.size).toBe(3000)
      expect(put.sha256).toBe(sha256(data))
      expect((await readAll((await storage().get(key)).stream)).equals(data)).toBe(true)
    })

    it('stores and returns an empty object', async () => {
      const key = newStorageKey()
      const put = await storage().put(key, Buffer.alloc(0), { contentType: 'application/pdf' })
      expect(put).toEqual({ key, size: 0, sha256: sha256(Buffer.alloc(0)) })
      const stored = await storage().get(key)
      expect(stored.size).toBe(0)
      expect((await readAll(stored.stream)).length).toBe(0)
    })

    it('streams a 5 MB object in and out without corruption', async () => {
      const key = newStorageKey('evidence')
      const source = randomChunks(5 * 1024 * 1024, 64 * 1024)
      const put = await storage().put(key, source.stream, { contentType: 'application/pdf', size: 5 * 1024 * 1024 })
      expect(put.size).toBe(5 * 1024 * 1024)
      expect(put.sha256).toBe(source.digest())

      const stored = await storage().get(key)
      expect(stored.size).toBe(5 * 1024 * 1024)
      const hash = createHash('sha256')
      let received = 0
      for await (const chunk of stored.stream) {
        hash.update(chunk as Buffer)
        received += (chunk as Buffer).length
      }
      expect(received).toBe(5 * 1024 * 1024)
      expect(hash.digest('hex')).toBe(source.digest())
    })

    it('replaces an object put again under the same key', async () => {
      const key = newStorageKey()
      await storage().put(key, Buffer.from('first version'), { contentType: 'text/plain' })
      await storage().put(key, Buffer.from('second'), { contentType: 'application/pdf' })
      const stored = await storage().get(key)
      expect(stored.contentType).toBe('application/pdf')
      expect((await readAll(stored.stream)).toString()).toBe('second')
    })

    it('reports existence and deletes idempotently', async () => {
      const key = newStorageKey()
      expect(await storage().exists(key)).toBe(false)
      await storage().put(key, Buffer.from('x'), { contentType: 'image/png' })
      expect(await storage().exists(key)).toBe(true)
      await storage().delete(key)
      expect(await storage().exists(key)).toBe(false)
      await expect(storage().delete(key)).resolves.toBeUndefined()
      await expect(storage().get(key)).rejects.toMatchObject({ code: 'STORAGE_FILE_NOT_FOUND', statusCode: 404 })
    })

    it('rejects a missing key with STORAGE_FILE_NOT_FOUND', async () => {
      await expect(storage().get(newStorageKey())).rejects.toMatchObject({
        code: 'STORAGE_FILE_NOT_FOUND',
        statusCode: 404,
        message: '文件不存在或已被删除',
      })
    })

    it('refuses a body whose length differs from the declared size and keeps nothing', async () => {
      const key = newStorageKey()
      await expect(
        storage().put(key, Buffer.from('12345'), { contentType: 'image/png', size: 4 }),
      ).rejects.toMatchObject({
        code: 'STORAGE_SIZE_MISMATCH',
      })
      await expect(
        storage().put(key, Readable.from([Buffer.from('12345')]), { contentType: 'image/png', size: 6 }),
      ).rejects.toMatchObject({ code: 'STORAGE_SIZE_MISMATCH' })
      expect(await storage().exists(key)).toBe(false)
    })

    it('keeps nothing when the source stream fails midway', async () => {
      const key = newStorageKey()
      async function* failing(): AsyncGenerator<Buffer> {
        yield randomBytes(100_000)
        throw new Error('client went away')
      }
      await expect(storage().put(key, Readable.from(failing()), { contentType: 'audio/aac' })).rejects.toThrow(
        'client went away',
      )
      expect(await storage().exists(key)).toBe(false)
    })

    it.each(HOSTILE_KEYS)('rejects the unsafe key %j in every operation', async (key) => {
      const invalid = { code: 'STORAGE_KEY_INVALID', statusCode: 400 }
      await expect(storage().put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject(invalid)
      await expect(storage().get(key)).rejects.toMatchObject(invalid)
      await expect(storage().exists(key)).rejects.toMatchObject(invalid)
      await expect(storage().delete(key)).rejects.toMatchObject(invalid)
    })

    it('passes its readiness check', async () => {
      await expect(storage().check()).resolves.toBeUndefined()
    })
  })
}
