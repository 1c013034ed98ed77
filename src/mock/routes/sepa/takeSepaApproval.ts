import type { MockContext } from '../../http/MockContext.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { readClientData } from '../../modes/passkeys/readClientData.ts'
import { verifyUserAssertion } from '../../modes/passkeys/verifyUserAssertion.ts'
import type { MockSepaApproval } from '../../sepa/MockSepa.ts'
import { sepaOf } from '../../sepa/sepaOf.ts'
import type { MockView } from '../../views/MockView.ts'

/**
 * The approval a `PUT { approvalId, credential }` confirms: 404 unknown, 409 expired or already
 * used (nothing runs twice), then the assertion verified against the user's passkey over the
 * approval's challenge. It is spent before its effect runs.
 *
 * @example
 * const approval = await takeSepaApproval(ctx, view, 'iban')
 */
export async function takeSepaApproval(
  ctx: MockContext,
  view: MockView,
  kind: MockSepaApproval['kind'],
): Promise<MockSepaApproval> {
  const body = (await ctx.body()) as Record<string, unknown>
  const sepa = sepaOf(view.user)
  const approval = sepa.approvals.get(String(body.approvalId))
  if (!approval || approval.kind !== kind) {
    throw new MockHttpError('NOT_FOUND', `No approval ${String(body.approvalId)}`)
  }
  if (approval.used) throw new MockHttpError('CONFLICT', 'This approval was already used')
  if (view.now > approval.expiresAt) {
    throw new MockHttpError('EXPIRED', 'This approval expired', { status: 409 })
  }
  const { credential, clientData } = readClientData(body, 'INVALID_ASSERTION')
  if (clientData.type !== 'webauthn.get' || clientData.challenge !== approval.challenge) {
    throw new MockHttpError('INVALID_ASSERTION', 'The assertion does not sign this approval')
  }
  await verifyUserAssertion(ctx, view, credential, clientData, approval.challenge)
  approval.used = true
  return approval
}
