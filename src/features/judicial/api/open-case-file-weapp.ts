import Taro from '@tarojs/taro'
import { api } from '@/lib/api'
import { clientError, errorFromResponse } from '@/lib/api-error'
import { API_BASE_URL, API_PREFIX } from '@/lib/config'
import { useAuthStore } from '@/stores/auth-store'

const IMAGE_EXTENSION = /\.(jpe?g|png|webp|heic|heif|gif)$/i

/**
 * WeChat: download an API path (a case file, or the court's copy of an application's file) with the bearer
 * token, then show the file as what it is — the generated 申请书 and 裁定书 are PDFs, identity proofs and
 * supplied materials are mostly photos (openDocument cannot show those).
 */
export async function openApiFileInWeapp(path: string, fileName: string, retried = false): Promise<void> {
  const token = useAuthStore.getState().accessToken
  if (!token) throw clientError('SESSION_EXPIRED', 401)
  let result: Taro.downloadFile.FileSuccessCallbackResult
  try {
    result = await Taro.downloadFile({
      url: `${API_BASE_URL}${API_PREFIX}${path}`,
      header: { Authorization: `Bearer ${token}` },
    })
  } catch {
    throw clientError('NETWORK_ERROR')
  }
  if (result.statusCode === 401 && !retried) {
    await api.get('/me') // refreshes the access token through the shared client
    return openApiFileInWeapp(path, fileName, true)
  }
  if (result.statusCode !== 200) throw errorFromResponse(result.statusCode, null)
  const saved = result.tempFilePath
  if (IMAGE_EXTENSION.test(saved)) {
    await Taro.previewImage({ urls: [saved], current: saved })
  } else if (/\.pdf$/i.test(saved)) {
    await Taro.openDocument({ filePath: saved, fileType: 'pdf', showMenu: true })
  } else {
    await Taro.shareFileMessage({ filePath: saved, fileName })
  }
}
