/**
 * Electronic Signature Law art 3 (2019 text): documents on personal relationships such as marriage, adoption
 * and inheritance cannot rely on e-signatures. Such agreements are signed on paper and recorded as offline
 * signing. Drafting may flag a document explicitly; this scan is the backstop on the confirmed text and is
 * deliberately conservative (a false alarm costs a paper signature, a miss costs validity).
 */
export type StatusMatter = 'marriage' | 'adoption' | 'inheritance'

export const STATUS_MATTER_LABELS: Record<StatusMatter, string> = {
  marriage: '婚姻',
  adoption: '收养',
  inheritance: '继承',
}

const PATTERNS: Record<StatusMatter, RegExp> = {
  marriage: /离婚|解除婚姻|婚姻关系|结婚|复婚|夫妻关系/,
  // 养子/养女 but not 培养子女, 抚养子女, 赡养父母 ...
  adoption: /收养|送养|领养|(?<![培抚赡扶供教保营修喂])养(?:父母|父|母|子女|子|女)/,
  inheritance: /继承|遗产|遗嘱|遗赠/,
}

export interface StatusMatterHit {
  matter: StatusMatter
  excerpt: string
}

export function findStatusMatters(text: string): StatusMatterHit[] {
  const hits: StatusMatterHit[] = []
  for (const matter of Object.keys(PATTERNS) as StatusMatter[]) {
    const match = PATTERNS[matter].exec(text)
    if (!match) continue
    const start = Math.max(0, match.index - 12)
    hits.push({ matter, excerpt: text.slice(start, match.index + match[0].length + 12).replace(/\s+/g, ' ') })
  }
  return hits
}

/** Chinese explanation shown when e-signing is refused. */
export function eSignExclusionMessage(matters: StatusMatter[]): string {
  const labels = [...new Set(matters)].map((m) => STATUS_MATTER_LABELS[m]).join('、')
  return `本协议涉及${labels}等人身关系，依据《电子签名法》第三条不能使用电子签名，请到调委会线下签署纸质协议`
}
