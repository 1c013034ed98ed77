import * as v from 'valibot'
import type { Address, Hex, SignedAuthorization } from 'viem'
import { addressSchema } from '../../../core/schemas/addressSchema.ts'
import { chainIdSchema } from '../../../core/schemas/chainIdSchema.ts'

const hashSchema = v.custom<Hex>(
  (input) => typeof input === 'string' && /^0x[0-9a-fA-F]{64}$/.test(input),
  'Expected a 32-byte 0x-hex hash.',
)

const entrySchema = v.looseObject({
  chainId: chainIdSchema,
  implementation: addressSchema,
  status: v.picklist(['PENDING', 'SUBMITTED', 'ACTIVE', 'REVOKED']),
  authorizationNonce: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
  txHash: v.nullish(hashSchema),
})

/**
 * Where an EIP-7702 delegation stands on one chain.
 *
 * @example
 * const state: DelegationState = { address, chainId: 421614, implementation, status: 'PENDING' }
 */
export type DelegationState = {
  /** The user's EOA (their "Safe" in 7702 mode). */
  address: Address
  chainId: number
  /** The contract the EOA delegates to (IBEx's SafeEIP7702Proxy). */
  implementation: Address
  /**
   * `PENDING`: nothing is on chain yet, the wallet must sign the authorization; `SUBMITTED`: IBEx
   * relays it (`txHash`); `ACTIVE`: on chain; `REVOKED`: the user removed the delegation.
   */
  status: 'PENDING' | 'SUBMITTED' | 'ACTIVE' | 'REVOKED'
  /** Hash of the type-4 transaction, once submitted. */
  txHash?: Hex | undefined
  /** Nonce of the authorization IBEx relayed, once submitted. */
  authorizationNonce?: number | undefined
}

function toState(address: Address, entry: v.InferOutput<typeof entrySchema>): DelegationState {
  return {
    address,
    chainId: entry.chainId,
    implementation: entry.implementation,
    status: entry.status,
    ...(entry.txHash ? { txHash: entry.txHash } : {}),
    ...(entry.authorizationNonce == null ? {} : { authorizationNonce: entry.authorizationNonce }),
  }
}

/**
 * How the kit reads the EIP-7702 delegation state and has IBEx sponsor its activation. IBEx
 * documents neither precisely (docs/protocol.md names a `delegations` array, IBEx's docs say the
 * type-4 transaction may be sponsored by IBEx), so this is our protocol decision
 * (docs/protocol.md-7702), kept in this one module so it can follow the live
 * service:
 *
 * - read: `GET /v1.2/users/me/delegations` (JWT) → `{ address, walletMode: 'EOA_7702',
 *   delegations: [{ chainId, implementation, status, authorizationNonce, txHash, … }] }`;
 * - activate: the wallet signs the EIP-7702 authorization `{ chainId, address: implementation,
 *   nonce }` and the kit `POST`s it to the same path as `{ authorization: { chainId, address,
 *   nonce, r, s, yParity } }` (integers as JSON numbers); IBEx's sponsor broadcasts the type-4
 *   transaction (with the Safe `setup()` call) and answers the chain's entry, `SUBMITTED` with
 *   its `txHash`, later `ACTIVE`.
 *
 * @example
 * const state = delegationProtocol.stateOf(await client.request({ path: delegationProtocol.path, schema: delegationProtocol.listSchema }), 421614)
 */
export const delegationProtocol = {
  path: '/v1.2/users/me/delegations',
  listSchema: v.looseObject({ address: addressSchema, delegations: v.array(entrySchema) }),
  entrySchema,
  /** The entry of `chainId` in a GET answer, or `null` when IBEx has none for that chain. */
  stateOf(
    list: { address: Address; delegations: v.InferOutput<typeof entrySchema>[] },
    chainId: number,
  ): DelegationState | null {
    const entry = list.delegations.find((candidate) => candidate.chainId === chainId)
    return entry ? toState(list.address, entry) : null
  },
  /** The state of one entry (what a POST answers with). */
  entryState(address: Address, entry: v.InferOutput<typeof entrySchema>): DelegationState {
    return toState(address, entry)
  },
  /** The POST body: the signed tuple only (viem's `v` is a bigint and redundant with `yParity`). */
  submitBody(authorization: SignedAuthorization): { authorization: Record<string, unknown> } {
    const { chainId, address, nonce, r, s, yParity } = authorization
    return { authorization: { chainId, address, nonce, r, s, yParity } }
  },
} as const
