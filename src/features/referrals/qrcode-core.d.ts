// The encoder alone (no renderers, no PNG writer): keeps the police subpackage small.
declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions } from 'qrcode'
  export function create(text: string, options?: QRCodeOptions): QRCode
}
