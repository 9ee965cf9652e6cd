import path from 'node:path'
import type { Config } from '../../config'
import type { FileStorage } from './file-storage'
import { LocalFileStorage } from './local-storage'
import { S3FileStorage } from './s3-storage'

export type StorageConfig = Pick<
  Config,
  | 'dataDir'
  | 'S3_ENDPOINT'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_REGION'
  | 'S3_FORCE_PATH_STYLE'
>

/** The folder the local driver uses: `<DATA_DIR>/files` (./data/files by default). */
export const localFilesDir = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'files')

/**
 * S3 when a bucket is configured (config validation makes the endpoint and both keys come with it),
 * the local folder otherwise.
 */
export function createStorage(config: StorageConfig): FileStorage {
  if (config.S3_BUCKET) {
    if (!config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) {
      throw new Error('S3_BUCKET is set but S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is missing')
    }
    return new S3FileStorage({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      region: config.S3_REGION,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    })
  }
  return new LocalFileStorage(localFilesDir(config))
}
