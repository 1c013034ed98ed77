import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockContext } from '../http/MockContext.ts'
import type { MockView } from '../views/MockView.ts'
import { executeIntent } from './executeIntent.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'
import { verifyKeyOperation } from './verifyKeyOperation.ts'
import { verifyPasskeyOperation } from './verifyPasskeyOperation.ts'

/**
 * The PUT of an operation or batch: verifies the signer the user's mode calls for (passkey
 * `{ credential }`, or key `{ signature, publicKey }`), then executes the intent once.
 *
 * @example
 * const intent = await signAndExecute(ctx, view, await ctx.body())
 */
export async function signAndExecute(
  ctx: MockContext,
  view: MockView,
  body: Record<string, unknown>,
  batchId?: string,
): Promise<MockOperationIntent> {
  const passkey = view.user.wallet === 'passkeys'
  if (passkey && body.credential === undefined) {
    throw new MockHttpError('VALIDATION', 'credential is required: this user signs with a passkey')
  }
  if (!passkey && body.signature === undefined) {
    throw new MockHttpError(
      'VALIDATION',
      'signature and publicKey are required: this user signs with a key',
    )
  }
  const intent = passkey
    ? await verifyPasskeyOperation(ctx, view, body, batchId)
    : await verifyKeyOperation(view, body, batchId)
  executeIntent(view, intent)
  return intent
}
