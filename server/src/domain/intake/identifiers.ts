import { SpanMask } from './normalize'

/**
 * Numbers that look like money or dates but are identifiers: ID numbers, phone numbers, case numbers, plates,
 * percentages and article references. They are claimed before any other extractor runs.
 */
const IDENTIFIER_PATTERNS: RegExp[] = [
  /(?<!\d)\d{17}[\dXx](?!\d)/g, // resident ID (GB 11643)
  /(?<!\d)\d{15}(?!\d)/g, // old 15-digit ID
  /(?<!\d)\d{6}(?:19|20)\d{2}\*{4,8}\d{0,4}[\dXx]?/g, // masked ID
  /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, // mobile
  /(?<!\d)1[3-9]\d\*{4}\d{4}(?!\d)/g, // masked mobile
  /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, // landline
  /[(（〔[]\s*\d{4}\s*[)）〕\]][^，。；\s]{1,16}?\d+\s*号/g, // case or document number (2019)闽0181民初1234号
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·\s]?[A-Z0-9]{5,6}/g, // plate
  /第\s*[\d零〇一二三四五六七八九十百千]+\s*(?:条|款|项|章|节|号|次|期|届|页|名|个)/g, // article / ordinal (第二天 stays: it is a date)
  /[\d.]+\s*[%‰]|百分之[\d零〇一二两三四五六七八九十百点.]+/g, // percentage
  /\d+(?:\.\d+)?\s*(?:平方米|平米|㎡|平方)/g, // floor area
]

export function maskIdentifiers(text: string, mask: SpanMask): void {
  for (const pattern of IDENTIFIER_PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      mask.claim({ start: m.index, end: m.index + m[0].length })
  }
}
