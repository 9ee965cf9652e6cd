import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { LocalFileStorage } from '../../../src/services/storage/local-storage'
import { newStorageKey } from '../../../src/services/storage/storage-keys'
import { describeStorageContract, HOSTILE_KEYS, readAll } from './storage-contract'

let workDir: string
let storage: LocalFileStorage

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'tiaojie-local-storage-'))
  storage = new LocalFileStorage(path.join(workDir, 'files'))
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

describeStorageContract('local folder', () => ({ storage }))

describe('local folder layout', () => {
  it('shards objects into two hash-derived folder levels with a sidecar beside the data', async () => {
    const key = newStorageKey('evidence')
    await storage.put(key, Buffer.from('photo bytes'), { contentType: 'image/webp' })

    const digest = createHash('sha256').update(key).digest('hex')
    const folder = path.join(workDir, 'files', digest.slice(0, 2), digest.slice(2, 4))
    expect((await readdir(folder)).sort()).toEqual([
      `${key.replace('/', '~')}.bin`,
      `${key.replace('/', '~')}.meta.json`,
    ])
    const sidecar = JSON.parse(await readFile(path.join(folder, `${key.replace('/', '~')}.meta.json`), 'utf8'))
    expect(sidecar).toEqual({
      contentType: 'image/webp',
      size: 11,
      sha256: createHash('sha256').update('photo bytes').digest('hex'),
    })
  })

  it('leaves no temporary files behind after successful and failed writes', async () => {
    await storage.put(newStorageKey(), Readable.from([Buffer.from('ok')]), { contentType: 'text/plain' })
    await expect(
      storage.put(newStorageKey(), Buffer.from('abc'), { contentType: 'text/plain', size: 99 }),
    ).rejects.toThrow()
    expect(await readdir(path.join(workDir, 'files', '.tmp'))).toEqual([])
  })

  it('never writes outside its root, whatever the key', async () => {
    const before = (await readdir(workDir)).sort()
    for (const key of HOSTILE_KEYS) {
      await expect(storage.put(key, Buffer.from('owned'), { contentType: 'text/plain' })).rejects.toThrow()
    }
    expect((await readdir(workDir)).sort()).toEqual(before)
    expect(existsSync(path.join(os.tmpdir(), 'outside'))).toBe(false)
  })

  it('serves application/octet-stream when the sidecar is missing', async () => {
    const key = newStorageKey()
    await storage.put(key, Buffer.from('data'), { contentType: 'image/png' })
    await rm(storage.pathsFor(key).meta)
    const stored = await storage.get(key)
    expect(stored.contentType).toBe('application/octet-stream')
    expect((await readAll(stored.stream)).toString()).toBe('data')
  })

  it('fails its readiness check when the root cannot be created', async () => {
    const blocker = path.join(workDir, 'not-a-folder')
    await writeFile(blocker, 'a file where the root should be')
    const broken = new LocalFileStorage(path.join(blocker, 'files'))
    await expect(broken.check()).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE', statusCode: 503 })
  })
})
