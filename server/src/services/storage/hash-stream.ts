import { createHash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'

/** A pass-through that counts bytes and computes their SHA-256 on the way to the destination. */
export class HashingPassThrough extends Transform {
  private readonly hash = createHash('sha256')
  private byteCount = 0
  private digestHex: string | undefined

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk)
    this.byteCount += chunk.length
    callback(null, chunk)
  }

  override _flush(callback: TransformCallback): void {
    this.digestHex = this.hash.digest('hex')
    callback()
  }

  get size(): number {
    return this.byteCount
  }

  /** Available once the stream has finished. */
  get sha256(): string {
    if (this.digestHex === undefined) throw new Error('sha256 read before the stream finished')
    return this.digestHex
  }
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
