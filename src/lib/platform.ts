import Taro from '@tarojs/taro'

export const isWeapp = process.env.TARO_ENV === 'weapp'
export const isH5 = process.env.TARO_ENV === 'h5'

/**
 * WeChat reports the user's chosen font size in px (standard is 16–17). At this size and above
 * the user has asked for large text, so care mode starts on unless they chose otherwise.
 */
export const LARGE_SYSTEM_FONT_PX = 20

/** Whether the platform says this user wants larger text. False when the platform does not say. */
export function systemPrefersLargeText(): boolean {
  try {
    if (isH5) {
      // Browsers do not expose the OS text size (Taro drives the root font size itself);
      // high contrast is the closest accessibility signal they give.
      return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-contrast: more)').matches
    }
    // getAppBaseInfo replaces the deprecated getSystemInfoSync on newer base libraries.
    const info = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as {
      fontSizeSetting?: number
    }
    return typeof info.fontSizeSetting === 'number' && info.fontSizeSetting >= LARGE_SYSTEM_FONT_PX
  } catch {
    return false
  }
}
