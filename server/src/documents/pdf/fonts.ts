import fs from 'node:fs'
import path from 'node:path'

/**
 * Noto Sans (Simplified Chinese) from the npm package @embedpdf/fonts-sc: installed with `npm install`, no system
 * fonts needed. pdfkit subsets and embeds only the glyphs used.
 *
 * The fonts are parsed once per process with fontkit (pdfkit's own font engine, which accepts a parsed font in
 * place of a file) and shared by every document: parsing an 8 MB CJK font and warming its glyph and layout
 * caches per document would cost more than the rest of rendering together.
 */
export const FONT_REGULAR = 'NotoSansSC-Regular'
export const FONT_BOLD = 'NotoSansSC-Bold'

/** The part of a fontkit font pdfkit needs; pdfkit treats any object with `layout` as a parsed font. */
export interface ParsedFont {
  layout(text: string): unknown
}

// fontkit is pdfkit's dependency (same instance pdfkit uses); it ships no type declarations.
const fontkit = require('fontkit') as { create(data: Uint8Array): ParsedFont }

let cache: { regular: ParsedFont; bold: ParsedFont } | undefined

export function chineseFonts(): { regular: ParsedFont; bold: ParsedFont } {
  if (!cache) {
    // The package exports only its JS entry (dist/index.cjs); the font files sit beside dist/.
    const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts')
    const load = (file: string) => fontkit.create(new Uint8Array(fs.readFileSync(path.join(dir, file))))
    cache = { regular: load('NotoSansHans-Regular.otf'), bold: load('NotoSansHans-Bold.otf') }
  }
  return cache
}
