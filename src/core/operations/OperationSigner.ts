import type { OperationIntent } from '../schemas/operationIntentSchema.ts'
import type { OperationSignature } from './OperationSignature.ts'

/**
 * The session's signer for one operation run, made (and its inputs checked) before anything is
 * sent; `sign` runs once the intent is prepared and returns the PUT body's signature fields.
 *
 * @example
 * const signer = createOperationSigner(account, { pin })
 * const signature = await signer.sign(intent, signal)
 */
export type OperationSigner = {
  sign(intent: OperationIntent, signal: AbortSignal | undefined): Promise<OperationSignature>
}
