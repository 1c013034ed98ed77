import {
  BaseError,
  decodeFunctionResult,
  encodeFunctionData,
  hashMessage,
  isHex,
  type Address,
  type Chain,
  type Client,
  type Hex,
  type Transport,
} from 'viem'
import { call } from 'viem/actions'
import { IbexNetworkError } from '../errors/IbexNetworkError.ts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { parseAddressInput } from './parseAddressInput.ts'
import { erc1271 } from './erc1271.ts'
import { SAFE_MESSAGE_SIGNATURE } from './safeMessageSignature.ts'

/** What {@link verifySafeMessage} checks: a message (or its hash) and the Safe's signature. */
export type VerifySafeMessageParameters = {
  /** The Safe that signed (`useSignMessage().data.safeAddress`). */
  safeAddress: Address | string
  /** The text it signed; or pass its EIP-191 `hash` instead. */
  message?: string | undefined
  /** The message's EIP-191 hash (`operation.messageHash`), when the text is not at hand. */
  hash?: Hex | undefined
  /** The Safe's signature (`operation.signature`). Default: the empty signature IBEx's Safes use. */
  signature?: Hex | undefined
  /** Block to read at. Default `latest`. */
  blockTag?: 'latest' | 'safe' | 'finalized' | undefined
}

function revertedIn(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  const found = error.walk((cause) => {
    const code = (cause as { code?: unknown }).code
    return code === 3 || /revert/i.test((cause as Error).message)
  })
  return found !== null && found !== undefined
}

function hashOf(parameters: VerifySafeMessageParameters): Hex {
  if (parameters.hash !== undefined) {
    if (!isHex(parameters.hash) || parameters.hash.length !== 66) {
      throw new IbexValidationError({
        code: 'validation/hash-invalid',
        field: 'hash',
        message: '`hash` must be a 32-byte 0x-hex hash (the message’s EIP-191 hash).',
      })
    }
    return parameters.hash
  }
  if (typeof parameters.message !== 'string' || parameters.message.trim() === '') {
    throw new IbexValidationError({
      code: 'validation/message-required',
      field: 'message',
      message: 'Pass the `message` the Safe signed, or its `hash`.',
    })
  }
  return hashMessage(parameters.message)
}

/**
 * Checks a Safe's signature of a message on chain, as any ERC-1271 verifier does: an `eth_call`
 * of `isValidSignature(hash, signature)` on the Safe through `client` (a viem or wagmi public
 * client of the Safe's chain). `true` when the Safe answers the magic value `0x1626ba7e`;
 * `false` when it answers anything else or reverts (not signed, not yet confirmed, a signature
 * it does not accept, no Safe at that address). Input is checked before any call
 * (`validation/address-*`, `validation/message-required`, `validation/hash-invalid`,
 * `validation/signature-invalid`); an RPC that cannot be reached is `network/failed`. With the
 * mock IBEx, point the client at `<mock>/__mock/rpc/<chainId>`.
 *
 * @example
 * const publicClient = createPublicClient({ chain: arbitrumSepolia, transport: http() })
 * const { operation, safeAddress } = await signSafeMessage(client, { message: 'I agree' })
 * const valid = await verifySafeMessage(publicClient, { safeAddress, message: 'I agree', signature: operation.signature })
 */
export async function verifySafeMessage(
  client: Client<Transport, Chain | undefined>,
  parameters: VerifySafeMessageParameters,
): Promise<boolean> {
  const safeAddress = parseAddressInput(parameters.safeAddress, 'safeAddress')
  const hash = hashOf(parameters)
  const signature = parameters.signature ?? SAFE_MESSAGE_SIGNATURE
  if (!isHex(signature) || signature.length % 2 !== 0) {
    throw new IbexValidationError({
      code: 'validation/signature-invalid',
      field: 'signature',
      message: '`signature` must be 0x-hex bytes (`0x` for a message the Safe signed on chain).',
    })
  }
  let data: Hex | undefined
  try {
    ;({ data } = await call(client, {
      to: safeAddress,
      data: encodeFunctionData({
        abi: erc1271.abi,
        functionName: 'isValidSignature',
        args: [hash, signature],
      }),
      blockTag: parameters.blockTag ?? 'latest',
    }))
  } catch (error) {
    if (revertedIn(error)) return false
    throw new IbexNetworkError({
      code: 'network/failed',
      endpoint: 'eth_call isValidSignature',
      cause: error,
    })
  }
  // No code at the address answers empty: not a Safe, so not a valid signature.
  if (data === undefined || data.length < 66) return false
  const magic = decodeFunctionResult({
    abi: erc1271.abi,
    functionName: 'isValidSignature',
    data,
  })
  return magic.toLowerCase() === erc1271.magicValue
}
