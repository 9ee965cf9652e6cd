import Taro from '@tarojs/taro'
import { forwardRef, useImperativeHandle } from 'react'
import { emptySignatureError, type SignaturePadHandle, type SignaturePadProps } from './signature-pad-handle'

/** The native component's methods (src/native/signature-pad), reached through selectComponent. */
interface NativePad {
  clear: () => void
  undo: () => void
  isEmpty: () => boolean
  export: (options: { format: 'dataURL' }) => Promise<{ dataURL: string }>
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX intrinsic elements are declared this way
  namespace JSX {
    interface IntrinsicElements {
      'signature-pad': { id: string; placeholder?: string; onChange?: (event: { detail: { empty: boolean } }) => void }
    }
  }
}

const PAD_ID = 'tj-signature-pad'

function nativePad(): NativePad {
  const page = Taro.getCurrentInstance().page as { selectComponent?: (selector: string) => NativePad | null } | null
  const pad = page?.selectComponent?.(`#${PAD_ID}`)
  if (!pad) throw Object.assign(new Error('签名板尚未就绪，请稍后重试'), { code: 'SIGNATURE_NOT_READY' })
  return pad
}

/**
 * WeChat: the native canvas pad draws per touch event without setData (React would be too slow there).
 * The page lists it in usingComponents; this wrapper gives it the same handle as the H5 pad.
 */
export const SignaturePadWeapp = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePadWeapp(
  { onChange },
  ref,
) {
  useImperativeHandle(ref, () => ({
    clear: () => nativePad().clear(),
    undo: () => nativePad().undo(),
    isEmpty: () => nativePad().isEmpty(),
    exportPng: async () => {
      const pad = nativePad()
      if (pad.isEmpty()) throw emptySignatureError()
      return (await pad.export({ format: 'dataURL' })).dataURL
    },
  }))
  return (
    <signature-pad id={PAD_ID} placeholder="请在此处手写签名" onChange={(event) => onChange?.(event.detail.empty)} />
  )
})
