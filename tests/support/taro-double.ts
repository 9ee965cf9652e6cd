/**
 * Stand-in for @tarojs/taro under jest (the real module needs a platform runtime).
 * Storage is a real in-memory store; `request` forwards to a handler the test installs,
 * so the production Taro transport still runs. Navigation calls are recorded.
 */
type RequestOption = {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  timeout?: number
  success?: (result: { statusCode: number; header: Record<string, string>; data: unknown }) => void
  fail?: (error: { errMsg: string }) => void
}

export type RequestHandler = (
  option: RequestOption,
) => Promise<{ statusCode: number; data: unknown; header?: Record<string, string> }>

const storage = new Map<string, unknown>()
let requestHandler: RequestHandler | null = null
let fontSizeSetting: number | undefined = 16
let pages: unknown[] = [{}]

export const testControls = {
  storage,
  setRequestHandler(handler: RequestHandler | null) {
    requestHandler = handler
  },
  setFontSizeSetting(size: number | undefined) {
    fontSizeSetting = size
  },
  setPageStack(count: number) {
    pages = Array.from({ length: count }, () => ({}))
  },
  reset() {
    storage.clear()
    requestHandler = null
    fontSizeSetting = 16
    pages = [{}]
    for (const fn of Object.values(navigation)) fn.mockClear()
    Taro.login.mockReset()
  },
}

const navigation = {
  navigateTo: jest.fn(async (_option: { url: string }) => ({ errMsg: 'navigateTo:ok' })),
  switchTab: jest.fn(async (_option: { url: string }) => ({ errMsg: 'switchTab:ok' })),
  navigateBack: jest.fn(async () => ({ errMsg: 'navigateBack:ok' })),
  stopPullDownRefresh: jest.fn(),
  showToast: jest.fn(),
}

function request(option: RequestOption): void {
  if (!requestHandler) {
    option.fail?.({ errMsg: 'request:fail no handler installed' })
    return
  }
  requestHandler(option).then(
    (reply) => option.success?.({ statusCode: reply.statusCode, header: reply.header ?? {}, data: reply.data }),
    (error: Error) => option.fail?.({ errMsg: error.message }),
  )
}

const Taro = {
  ...navigation,
  request,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getEnv: () => 'WEB',
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getAppBaseInfo: () => ({ fontSizeSetting }),
  getSystemInfoSync: () => ({ fontSizeSetting, windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
  getCurrentPages: () => pages,
  login: jest.fn(),
  pxTransform: (value: number) => `${value}px`,
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  createSelectorQuery: () => ({
    select: () => ({ boundingClientRect: () => ({ exec: (cb?: (r: unknown[]) => void) => cb?.([null]) }) }),
    selectAll: () => ({ boundingClientRect: () => ({ exec: (cb?: (r: unknown[]) => void) => cb?.([[]]) }) }),
  }),
  eventCenter: { on: jest.fn(), off: jest.fn(), trigger: jest.fn() },
  getCurrentInstance: () => ({ router: { params: {} }, page: null }),
}

export default Taro
export const { getEnv, getCurrentInstance, createSelectorQuery, eventCenter, nextTick, pxTransform } = Taro
export const ENV_TYPE = Taro.ENV_TYPE

let routerParams: Record<string, string> = {}
export function setRouterParams(params: Record<string, string>) {
  routerParams = params
}
export const useRouter = () => ({ params: routerParams, path: '' })
export const useLaunch = (fn: () => void) => fn()
export const useDidShow = () => undefined
export const usePullDownRefresh = () => undefined
export const useReady = () => undefined
