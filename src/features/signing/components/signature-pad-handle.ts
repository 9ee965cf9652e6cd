/** What the signing form needs from a handwriting pad, on either platform. */
export interface SignaturePadHandle {
  clear: () => void
  undo: () => void
  isEmpty: () => boolean
  /** PNG data URL; rejects with code SIGNATURE_EMPTY when nothing was drawn. */
  exportPng: () => Promise<string>
}

export interface SignaturePadProps {
  /** Called after every finished stroke, clear and undo. */
  onChange?: (empty: boolean) => void
}

export const EMPTY_SIGNATURE = { code: 'SIGNATURE_EMPTY', message: '请先在签名区手写签名' } as const

export function emptySignatureError(): Error & { code: string } {
  return Object.assign(new Error(EMPTY_SIGNATURE.message), { code: EMPTY_SIGNATURE.code })
}
