import path from 'node:path'
import { createStorage, type StorageConfig } from '../../../src/services/storage/create-storage'
import { LocalFileStorage } from '../../../src/services/storage/local-storage'
import { S3FileStorage } from '../../../src/services/storage/s3-storage'

const base: StorageConfig = {
  dataDir: path.resolve('/tmp/tiaojie-data'),
  S3_REGION: 'us-east-1',
  S3_FORCE_PATH_STYLE: true,
}

describe('createStorage', () => {
  it('uses the local folder <DATA_DIR>/files when no bucket is configured', () => {
    const storage = createStorage(base)
    expect(storage).toBeInstanceOf(LocalFileStorage)
    expect(storage.driver).toBe('local')
    expect((storage as LocalFileStorage).pathsFor('files/a').data.startsWith('/tmp/tiaojie-data/files/')).toBe(true)
  })

  it('uses S3 when a bucket and keys are configured', async () => {
    const storage = createStorage({
      ...base,
      S3_ENDPOINT: 'https://cos.ap-chongqing.myqcloud.com',
      S3_BUCKET: 'evidence-1250000000',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect(storage).toBeInstanceOf(S3FileStorage)
    expect(storage.driver).toBe('s3')
    await storage.close()
  })

  it('refuses a bucket without credentials instead of falling back silently', () => {
    expect(() => createStorage({ ...base, S3_BUCKET: 'evidence' })).toThrow(/S3_ACCESS_KEY_ID/)
  })
})
