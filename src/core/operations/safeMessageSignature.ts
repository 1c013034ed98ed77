import type { Hex } from 'viem'

/**
 * The signature a Safe's ERC-1271 `isValidSignature(hash, signature)` takes for a message it
 * signed with a `SIGN_MESSAGE` operation: empty bytes. IBEx documents no signature in the
 * operation's answers (docs/protocol.md "Operations" says only "EIP-191 personal_sign by the
 * Safe"), so the kit follows Safe's own scheme: the operation runs `SignMessageLib.signMessage`
 * with the message's EIP-191 hash, which marks it signed in the Safe's storage, and the Safe's
 * fallback handler then accepts that hash with an empty signature. Kept in one module so it can
 * change once checked against the live service.
 *
 * @example
 * await verifySafeMessage(publicClient, { safeAddress, message, signature: SAFE_MESSAGE_SIGNATURE })
 */
export const SAFE_MESSAGE_SIGNATURE: Hex = '0x'
