import { isAddressEqual, isHex, recoverMessageAddress, type Address, type Hex } from 'viem'
import type { Eip7702Signer } from '../CeremonyTypes.ts'
import { toIbexWalletError } from './toIbexWalletError.ts'

/**
 * Has the external wallet sign the 7702 challenge (`personal_sign`), then checks that the
 * signature recovers to `signer.address`, so a wallet that switched accounts is caught
 * (`wallet/address-mismatch`) before the single-use nonce is spent. Wallet failures are
 * `IbexWalletError`s; an abort before or during the prompt is `wallet/aborted`.
 *
 * @example
 * const signature = await signWalletChallenge(signer, challenge.challenge.message, signal)
 */
export async function signWalletChallenge(
  signer: Eip7702Signer,
  message: string,
  signal: AbortSignal | undefined,
): Promise<Hex> {
  const aborted = () => toIbexWalletError(signal?.reason, 'wallet/aborted')
  if (signal?.aborted) throw aborted()
  let signature: unknown
  try {
    signature = await signer.signMessage(message)
  } catch (error) {
    throw toIbexWalletError(error)
  }
  // The wallet prompt cannot be closed from here; its answer is dropped instead.
  if (signal?.aborted) throw aborted()
  let signedBy: Address | undefined
  try {
    if (isHex(signature)) signedBy = await recoverMessageAddress({ message, signature })
  } catch {
    signedBy = undefined
  }
  if (!isHex(signature) || !signedBy || !isAddressEqual(signedBy, signer.address)) {
    throw toIbexWalletError(undefined, 'wallet/address-mismatch')
  }
  return signature
}
