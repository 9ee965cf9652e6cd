/**
 * The name a client gave an uploaded file, made safe to keep and to show: no folders (WeChat sends
 * `wxfile://tmp_…`, Windows browsers `C:\fakepath\…`), no control characters, at most 120 characters.
 * Only ever displayed; storage keys never derive from it.
 */
export function cleanUploadName(name: string | undefined | null): string | null {
  if (!name) return null
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  if (!cleaned || cleaned === '.' || cleaned === '..') return null
  return Array.from(cleaned).slice(0, 120).join('')
}

/** `Content-Disposition` for a download: an ASCII fallback name plus the UTF-8 original (RFC 6266 / 5987). */
export function contentDisposition(fallbackName: string, originalName: string | null): string {
  const ascii = fallbackName.replace(/[^A-Za-z0-9._-]/g, '_')
  if (!originalName) return `inline; filename="${ascii}"`
  const encoded = encodeURIComponent(originalName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
