import { createHash, randomUUID } from 'node:crypto'
import { constants as fsConstants, createWriteStream } from 'node:fs'
import { access, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  storageFileNotFound,
  storageKeyInvalid,
  storageSizeMismatch,
  storageUnavailable,
  type FileStorage,
  type PutMeta,
  type PutResult,
  type StoredObject,
} from './file-storage'
import { HashingPassThrough } from './hash-stream'
import { assertValidStorageKey } from './storage-keys'

interface SidecarMeta {
  contentType: string
  size: number
  sha256: string
}

const DEFAULT_CONTENT_TYPE = 'application/octet-stream'

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

/**
 * Files in a local folder: `<root>/<h0h1>/<h2h3>/<key with / as ~>.bin` plus a `.meta.json` sidecar holding
 * the content type, size and sha256. The two hash-derived levels keep folders small (65 536 shards).
 * Writes go to `<root>/.tmp` first and are renamed into place, so a crash never leaves half a file under a key.
 */
export class LocalFileStorage implements FileStorage {
  readonly driver = 'local'
  private readonly root: string
  private readonly tmpDir: string

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir)
    this.tmpDir = path.join(this.root, '.tmp')
  }

  /** Absolute paths of an object's data and sidecar. Exposed for tests and maintenance scripts. */
  pathsFor(key: string): { data: string; meta: string } {
    assertValidStorageKey(key)
    const digest = createHash('sha256').update(key).digest('hex')
    const base = path.join(this.root, digest.slice(0, 2), digest.slice(2, 4), key.replaceAll('/', '~'))
    // Defence in depth: validation already rules out separators and dot segments.
    if (path.dirname(base) !== path.join(this.root, digest.slice(0, 2), digest.slice(2, 4))) {
      throw storageKeyInvalid(key)
    }
    return { data: `${base}.bin`, meta: `${base}.meta.json` }
  }

  async put(key: string, body: Buffer | Readable, meta: PutMeta): Promise<PutResult> {
    const paths = this.pathsFor(key)
    await mkdir(this.tmpDir, { recursive: true })
    await mkdir(path.dirname(paths.data), { recursive: true })
    const tmpData = path.join(this.tmpDir, `${randomUUID()}.bin`)
    const tmpMeta = path.join(this.tmpDir, `${randomUUID()}.meta.json`)
    try {
      const hasher = new HashingPassThrough()
      const source = Buffer.isBuffer(body) ? Readable.from([body]) : body
      // flush: fsync before close, so evidence survives a power cut once the upload is acknowledged.
      await pipeline(source, hasher, createWriteStream(tmpData, { flags: 'wx', flush: true }))
      if (meta.size !== undefined && meta.size !== hasher.size) throw storageSizeMismatch(meta.size, hasher.size)

      const sidecar: SidecarMeta = { contentType: meta.contentType, size: hasher.size, sha256: hasher.sha256 }
      await writeFile(tmpMeta, JSON.stringify(sidecar), { flag: 'wx' })
      // Sidecar first: a reader that finds the data file always finds its content type.
      await rename(tmpMeta, paths.meta)
      await rename(tmpData, paths.data)
      return { key, size: hasher.size, sha256: hasher.sha256 }
    } finally {
      await rm(tmpData, { force: true })
      await rm(tmpMeta, { force: true })
    }
  }

  async get(key: string): Promise<StoredObject> {
    const paths = this.pathsFor(key)
    let handle
    try {
      handle = await open(paths.data, 'r')
    } catch (error) {
      if (isMissing(error)) throw storageFileNotFound()
      throw error
    }
    try {
      // Size from the open handle, so a concurrent replace cannot make size and bytes disagree.
      const { size } = await handle.stat()
      const sidecar = await this.readSidecar(paths.meta)
      return { stream: handle.createReadStream(), contentType: sidecar?.contentType ?? DEFAULT_CONTENT_TYPE, size }
    } catch (error) {
      await handle.close()
      throw error
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathsFor(key).data)).isFile()
    } catch (error) {
      if (isMissing(error)) return false
      throw error
    }
  }

  async delete(key: string): Promise<void> {
    const paths = this.pathsFor(key)
    await rm(paths.data, { force: true })
    await rm(paths.meta, { force: true })
  }

  async check(): Promise<void> {
    try {
      await mkdir(this.tmpDir, { recursive: true })
      await access(this.root, fsConstants.R_OK | fsConstants.W_OK)
    } catch (error) {
      throw storageUnavailable(error)
    }
  }

  async close(): Promise<void> {}

  private async readSidecar(metaPath: string): Promise<SidecarMeta | undefined> {
    try {
      return JSON.parse(await readFile(metaPath, 'utf8')) as SidecarMeta
    } catch (error) {
      if (isMissing(error)) return undefined
      throw error
    }
  }
}
