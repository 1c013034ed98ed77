import type { Address, Hex } from 'viem'
import type { PinPolicy } from '../kdf/validatePin.ts'

/**
 * The external wallet of an EIP-7702 user, signing the 32 raw `userOpHash` bytes with
 * `personal_sign` (a viem account or wagmi's `signMessage` take `{ raw }` as is).
 *
 * @example
 * const signer: OperationWalletSigner = {
 *   address: account.address,
 *   signMessage: (message) => signMessageAsync({ message }),
 * }
 */
export type OperationWalletSigner = {
  /** The connected EOA; it must be the session's. */
  address: Address
  /** EIP-191 `personal_sign` of `message.raw`; rejects as the wallet does when refused. */
  signMessage: (message: { raw: Hex }) => Promise<Hex>
}

/**
 * What the session's signer needs, asked for again at each operation and never stored
 * (docs/protocol.md "Operations"). Passkey users need nothing (the prompt opens); PIN users
 * give `pin`; email users give `passphrase` (and, until the encrypted backup is in memory, the
 * `emailCode` from `requestSigningCode`); EIP-7702 users give their wallet as `signer`.
 *
 * @example
 * await runOperation(client, { kind: 'transfer', token, to, amount: '5', pin })
 */
export type OperationSignerInput = {
  /** PIN users: the PIN, as typed. */
  pin?: string | undefined
  /** Default: 4 to 8 digits. */
  pinPolicy?: PinPolicy | undefined
  /** Email users: the backup passphrase, as typed. */
  passphrase?: string | undefined
  /** Email users: the 6-digit code `requestSigningCode` sent, when the backup is not in memory. */
  emailCode?: string | undefined
  /** EIP-7702 users: the connected wallet. */
  signer?: OperationWalletSigner | undefined
}
