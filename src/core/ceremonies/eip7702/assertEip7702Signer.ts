import { assertWalletAddress } from '../../actions/auth/assertWalletAddress.ts'
import { IbexWalletError } from '../../errors/IbexWalletError.ts'
import { assertChainId } from '../assertChainId.ts'
import type { Eip7702Signer } from '../CeremonyTypes.ts'

/**
 * Checks the external wallet before any request: a signer with `signMessage`
 * (`wallet/not-connected` otherwise), an EVM `address` (`validation/address-invalid`) and a
 * `chainId` (`validation/chain-id-invalid`).
 *
 * @example
 * assertEip7702Signer(parameters.signer)
 */
export function assertEip7702Signer(signer: unknown): asserts signer is Eip7702Signer {
  const candidate = signer as Partial<Eip7702Signer> | null | undefined
  if (typeof candidate?.signMessage !== 'function') {
    throw new IbexWalletError({
      code: 'wallet/not-connected',
      message: 'Connect a wallet first: `signer` needs `address`, `chainId` and `signMessage`.',
    })
  }
  assertWalletAddress(candidate.address)
  assertChainId(candidate.chainId, 'chainId', true)
}
