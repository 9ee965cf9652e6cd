import { isWeapp } from '@/lib/platform'
import { H5Recorder } from './h5-recorder'
import type { VoiceRecorder } from './recorder'
import { WeappRecorder } from './weapp-recorder'

/** The platform's recorder: WeChat's RecorderManager in the mini-program, MediaRecorder in the browser. */
export function createPlatformRecorder(): VoiceRecorder {
  return isWeapp ? new WeappRecorder() : new H5Recorder()
}
