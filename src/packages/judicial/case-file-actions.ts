import type { FileInfo } from '@contract/files'
import Taro from '@tarojs/taro'
import { openApiFileInWeapp } from '@/features/judicial/api/open-case-file-weapp'
import type { CaseFileActions } from '@/features/judicial/case-file-actions'
import { uploadEvidence } from '@/features/intake/api/upload-evidence'
import { downloadBinary } from '@/lib/download-binary'
import { isWeapp } from '@/lib/platform'

const MAX_PHOTOS_AT_ONCE = 5

/** Composes the signing feature's browser download and the intake feature's photo upload for judicial pages. */
const openPath = (path: string, fileName: string) =>
  isWeapp ? openApiFileInWeapp(path, fileName) : downloadBinary({ path, fileName, refreshPath: '/me', kind: 'other' })

export const caseFileActions: CaseFileActions = {
  open: (fileId, fileName) => openPath(`/files/${encodeURIComponent(fileId)}`, fileName),
  openPath,
  uploadPhotos: async (caseId) => {
    let paths: string[]
    try {
      const picked = await Taro.chooseImage({
        count: MAX_PHOTOS_AT_ONCE,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      })
      paths = picked.tempFilePaths
    } catch {
      return [] // cancelled
    }
    const uploaded: FileInfo[] = []
    for (const path of paths) uploaded.push(await uploadEvidence(caseId, path, () => undefined))
    return uploaded
  },
}
