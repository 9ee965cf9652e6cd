import fs from 'node:fs'
import path from 'node:path'
import { checkPickedImages, MAX_EVIDENCE_IMAGES } from '@/features/intake/evidence-files'
import { isoDuration, parseKeypadAmount, partialDate, pressKey } from '@/features/intake/slot-values'
import { wechatSiRecognizer, type RecordRecognitionManager } from '@/features/intake/voice/wechat-si-recognizer'
import { webSpeechRecognizer, type WebSpeechRecognition } from '@/features/intake/voice/web-speech-recognizer'
import { detectSpeechRecognizer } from '@/features/intake/voice/detect-recognizer'

const MB = 1024 * 1024

describe('keypad', () => {
  const typed = (keys: string[]) => keys.reduce(pressKey, '')

  it('builds amounts key by key, refusing a second point, a third decimal and leading zeros', () => {
    expect(typed(['0', '3', '5', '0', '0'])).toBe('3500')
    expect(typed(['1', '2', '.', '5', '.', '0', '9'])).toBe('12.50')
    expect(typed(['.', '5'])).toBe('0.5')
    expect(typed(['3', '.', '5', '万'])).toBe('35000')
    expect(typed(['1', '2', '3', 'delete'])).toBe('12')
  })

  it('reads only positive amounts with at most two decimals', () => {
    expect(parseKeypadAmount('4500')).toBe(4500)
    expect(parseKeypadAmount('0.5')).toBe(0.5)
    expect(parseKeypadAmount('0')).toBeNull()
    expect(parseKeypadAmount('')).toBeNull()
    expect(parseKeypadAmount('1.234')).toBeNull()
  })
})

describe('dates and durations', () => {
  it('keeps only as much of a date as the resident remembers', () => {
    const day = new Date(2024, 2, 5)
    expect(partialDate(day, 'day')).toBe('2024-03-05')
    expect(partialDate(day, 'month')).toBe('2024-03')
    expect(partialDate(day, 'year')).toBe('2024')
  })

  it('writes ISO 8601 durations and nothing for zero', () => {
    expect(isoDuration({ years: 2, months: 3, days: 0 })).toBe('P2Y3M')
    expect(isoDuration({ years: 0, months: 0, days: 15 })).toBe('P15D')
    expect(isoDuration({ years: 0, months: 0, days: 0 })).toBeNull()
  })
})

describe('evidence photos', () => {
  it('accepts jpg/png/webp/heic up to 10 MB by MIME type or extension and names every refusal', () => {
    const { kept, refused } = checkPickedImages(
      [
        { path: 'blob:http://x/1', size: MB, type: 'image/webp', name: 'chat.webp' },
        { path: 'wxfile://tmp/IMG_1.HEIC', size: 3 * MB },
        { path: 'wxfile://tmp/exact.jpg', size: 10 * MB },
        { path: 'blob:http://x/2', size: MB, type: 'application/pdf', name: 'contract.pdf' },
        { path: 'wxfile://tmp/empty.png', size: 0 },
        { path: 'wxfile://tmp/big.jpeg', size: 10 * MB + 1 },
      ],
      0,
    )
    expect(kept.map((k) => k.name)).toEqual(['chat.webp', 'IMG_1.HEIC', 'exact.jpg'])
    expect(refused).toEqual([
      { name: 'contract.pdf', code: 'FILE_TYPE_NOT_ALLOWED', reason: '只能上传 jpg、png、webp 或 heic 格式的照片' },
      { name: 'empty.png', code: 'FILE_EMPTY', reason: '文件是空的，请重新选择' },
      { name: 'big.jpeg', code: 'FILE_TOO_LARGE', reason: '照片不能超过 10 MB（这张 略超过 10 MB）' },
    ])
  })

  it('stops at the maximum number of photos', () => {
    const { kept, refused } = checkPickedImages(
      [
        { path: 'a.jpg', size: 1 },
        { path: 'b.jpg', size: 1 },
      ],
      MAX_EVIDENCE_IMAGES - 1,
    )
    expect(kept).toHaveLength(1)
    expect(refused[0]).toMatchObject({ name: 'b.jpg', code: 'TOO_MANY_FILES' })
  })
})

describe('speech recognisers', () => {
  it('drives the WechatSI manager with the chosen language and passes results through', () => {
    const manager: RecordRecognitionManager & { started: unknown[] } = {
      started: [],
      start(options) {
        this.started.push(options)
      },
      stop: jest.fn(),
      onRecognize: null,
      onStop: null,
      onError: null,
    }
    const recognizer = wechatSiRecognizer(manager)
    const heard: string[] = []
    const errors: string[] = []
    recognizer.start('sichuanhua', {
      onPartial: (t) => heard.push(`partial:${t}`),
      onFinal: (t) => heard.push(`final:${t}`),
      onError: (m) => errors.push(m),
    })
    manager.onRecognize?.({ result: '老板' })
    manager.onStop?.({ result: '老板欠我钱' })
    manager.onError?.({ retcode: -30003, msg: 'fail' })

    expect(recognizer.languages.map((l) => l.code)).toEqual(['zh_CN', 'sichuanhua'])
    expect(manager.started).toEqual([{ duration: 60000, lang: 'sichuanhua' }])
    expect(heard).toEqual(['partial:老板', 'final:老板欠我钱'])
    expect(errors).toEqual(['没听清，请再说一遍，或者直接打字'])
  })

  it('joins Web Speech results and reports the transcript when recognition ends', () => {
    let instance: WebSpeechRecognition | null = null
    class FakeRecognition implements WebSpeechRecognition {
      lang = ''
      continuous = false
      interimResults = false
      onresult: WebSpeechRecognition['onresult'] = null
      onerror: WebSpeechRecognition['onerror'] = null
      onend: WebSpeechRecognition['onend'] = null
      start = jest.fn()
      stop = jest.fn(() => this.onend?.())
      constructor() {
        instance = this as WebSpeechRecognition
      }
    }
    const recognizer = webSpeechRecognizer(FakeRecognition)
    const heard: string[] = []
    recognizer.start('zh-CN', {
      onPartial: (t) => heard.push(`partial:${t}`),
      onFinal: (t) => heard.push(`final:${t}`),
      onError: (m) => heard.push(`error:${m}`),
    })
    const results = Object.assign([
      { isFinal: true, 0: { transcript: '老板欠我' } },
      { isFinal: false, 0: { transcript: '三万' } },
    ])
    instance!.onresult?.({ results })
    instance!.onerror?.({ error: 'aborted' })
    recognizer.stop()

    expect(instance!.lang).toBe('zh-CN')
    expect(heard).toEqual(['partial:老板欠我三万', 'final:老板欠我三万'])
  })

  it('finds the browser recogniser by either name, and none when absent', () => {
    const scope = window as unknown as Record<string, unknown>
    expect(detectSpeechRecognizer()).toBeNull()
    scope.webkitSpeechRecognition = class {}
    try {
      expect(detectSpeechRecognizer()?.languages).toEqual([{ code: 'zh-CN', label: '普通话' }])
    } finally {
      delete scope.webkitSpeechRecognition
    }
  })
})

describe('care mode', () => {
  it('sizes type and touch targets only with design tokens, so 关怀模式 rescales the whole intake', () => {
    const scss = fs.readFileSync(path.join(__dirname, '../../../src/features/intake/components/intake.scss'), 'utf8')
    const sized = [...scss.matchAll(/(font-size|min-height|height|width)\s*:\s*([^;]+);/g)]
    expect(sized.length).toBeGreaterThan(10)
    const fixed = sized.filter(
      ([, property, value]) => !/var\(--tj-/.test(value) && !(property === 'width' && /%|auto/.test(value)),
    )
    expect(fixed.map(([declaration]) => declaration)).toEqual([])
    // Every tappable control is at least one touch target tall.
    for (const control of ['tj-intake-chip', 'tj-intake-action', 'tj-intake-keypad__key', 'tj-intake-link']) {
      const rule = new RegExp(`\\.${control}(?=[\\s,{])[^{]*\\{[^}]*\\}`).exec(scss)?.[0] ?? ''
      expect(rule).toContain('min-height: var(--tj-touch-min)')
    }
  })
})
