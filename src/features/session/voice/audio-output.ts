import Taro from '@tarojs/taro'
import { isWeapp } from '@/lib/platform'

/** The platform's audio element, reduced to what the room needs. */
export interface AudioOutput {
  play(src: string): void
  stop(): void
  onEnded(listener: () => void): void
  onError(listener: () => void): void
}

/** weapp: one InnerAudioContext that plays even when the phone is on silent (people hold it to the ear). */
export function weappAudioOutput(): AudioOutput {
  const context = Taro.createInnerAudioContext({ useWebAudioImplement: false })
  context.obeyMuteSwitch = false
  return {
    play(src) {
      context.src = src
      context.play()
    },
    stop: () => context.stop(),
    onEnded: (listener) => context.onEnded(listener),
    onError: (listener) => context.onError(listener),
  }
}

/** H5: one HTMLAudioElement; a refused play() (autoplay rules, bad file) counts as an error. */
export function h5AudioOutput(): AudioOutput {
  const audio = new Audio()
  let errorListener: () => void = () => undefined
  return {
    play(src) {
      audio.pause()
      audio.src = src
      audio.currentTime = 0
      const started = audio.play() as Promise<void> | undefined
      started?.catch(() => errorListener())
    },
    stop() {
      audio.pause()
      audio.currentTime = 0
    },
    onEnded: (listener) => audio.addEventListener('ended', listener),
    onError: (listener) => {
      errorListener = listener
      audio.addEventListener('error', listener)
    },
  }
}

export function platformAudioOutput(): AudioOutput {
  return isWeapp ? weappAudioOutput() : h5AudioOutput()
}
