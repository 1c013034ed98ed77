import type { MockContext } from '../../http/MockContext.ts'
import type { MockChallenge } from '../../state/MockTenant.ts'
import { checkChallenge } from '../checkChallenge.ts'
import { checkClientOrigin } from './checkClientOrigin.ts'
import type { ClientData } from './readClientData.ts'

/**
 * Checks a WebAuthn ceremony's challenge (issued here for this step, unused, not expired) and
 * origin, then consumes the challenge before the cryptographic verification.
 */
export function acceptCeremony(
  ctx: MockContext,
  clientData: ClientData,
  kind: 'passkey-create' | 'passkey-get',
): MockChallenge {
  const purpose = kind === 'passkey-create' ? 'sign-up' : 'sign-in'
  const record = checkChallenge(ctx.tenant(), clientData.challenge, { kind, purpose }, ctx.now())
  checkClientOrigin(ctx, clientData.origin)
  record.used = true
  return record
}
