import Taro from '@tarojs/taro'
import { ROUTES, TAB_ROUTES } from './routes'

/** Tab pages can only be reached with switchTab; everything else is pushed. */
export function openRoute(url: string): void {
  const path = url.split('?')[0]
  if (TAB_ROUTES.includes(path)) void Taro.switchTab({ url: path })
  else void Taro.navigateTo({ url })
}

/** After login: back to where the user came from, or home when login was the first page. */
export function leaveLoginPage(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: ROUTES.home })
}
