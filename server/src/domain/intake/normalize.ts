/**
 * One-to-one character normalisation: every output index maps to the same input index, so spans found on the
 * normalised text can quote the original text exactly.
 */
const SINGLE_CHAR_MAP: Record<string, string> = {
  萬: '万',
  億: '亿',
  兩: '两',
  貳: '贰',
  參: '叁',
  陸: '陆',
  圓: '圆',
  塊: '块',
  錢: '钱',
  號: '号',
  '．': '.',
  '，': '，',
  '％': '%',
  '／': '/',
  '－': '-',
  '～': '~',
  '（': '(',
  '）': ')',
  '：': ':',
  '　': ' ',
  '\u00a0': ' ',
  '￥': '¥',
}

export function normalizeText(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (ch.length === 2) {
      // Astral characters would break the index mapping; replace with one placeholder per UTF-16 unit.
      out += '□□'
    } else if (code >= 0xff10 && code <= 0xff19) {
      out += String.fromCharCode(code - 0xff10 + 0x30)
    } else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0)
    } else {
      out += SINGLE_CHAR_MAP[ch] ?? ch
    }
  }
  return out
}

/** Clause boundaries: facts rarely reach across them. */
export const CLAUSE_BREAK = /[。；;！!？?\n\r]/

export function clauseStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i])) return i + 1
  return 0
}

export function clauseEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i++) if (CLAUSE_BREAK.test(text[i])) return i
  return text.length
}

export interface Span {
  start: number
  end: number
}

/** Marks spans already claimed by one extractor so the next one does not read them again. */
export class SpanMask {
  private readonly taken: Uint8Array
  constructor(length: number) {
    this.taken = new Uint8Array(length)
  }
  claim(span: Span): void {
    this.taken.fill(1, span.start, span.end)
  }
  overlaps(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.taken[i]) return true
    return false
  }
  isTaken(index: number): boolean {
    return this.taken[index] === 1
  }
}
