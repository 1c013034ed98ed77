import * as v from 'valibot'
import type { IbexSigner } from '../parse/IbexSigner.ts'
import { lenient } from './lenient.ts'

const signerSchema = v.pipe(
  v.looseObject({
    id: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
    type: v.string(),
    typeDescription: lenient(v.string()),
    walletMode: lenient(v.string()),
    keyName: lenient(v.string()),
    keyDisplayName: lenient(v.string()),
    createdAt: lenient(v.string()),
    safesCount: lenient(v.number()),
  }),
  v.transform((signer): IbexSigner => ({
    id: signer.id,
    type: signer.type,
    typeDescription: signer.typeDescription ?? undefined,
    walletMode: signer.walletMode ?? undefined,
    keyName: signer.keyName ?? undefined,
    keyDisplayName: signer.keyDisplayName ?? undefined,
    createdAt: signer.createdAt ?? undefined,
    safesCount: signer.safesCount ?? undefined,
  })),
)

/**
 * The body of `GET /v1.2/users/me/signers` , read as `IbexSigner[]`. `id` and
 * `type` are required; a descriptive field of an unexpected shape reads as `undefined`.
 *
 * @example
 * const signers = v.parse(signersResponseSchema, json)
 */
export const signersResponseSchema = v.pipe(
  v.looseObject({ signers: v.array(signerSchema) }),
  v.transform((body) => body.signers),
)
