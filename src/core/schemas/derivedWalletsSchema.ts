import * as v from 'valibot'
import type { IbexDerivedWallet } from '../parse/IbexDerivedWallet.ts'
import { lenient } from './lenient.ts'

const walletSchema = v.pipe(
  v.looseObject({
    family: v.string(),
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
    address: v.pipe(v.string(), v.minLength(1)),
  }),
  v.transform((entry): IbexDerivedWallet => ({ ...entry })),
)

const indexedSchema = v.fallback(v.record(v.string(), v.array(v.string())), {})

/**
 * The body of `POST /v1.2/users/me/wallets/global` and `POST /v1.2/safes/:safeAddress/wallets`
 * (docs/protocol.md): `added` is required; every address the scope now has, by family,
 * is read from `globalIndexed` or `perSafe`; the documented limits when sent.
 *
 * @example
 * const { added, indexed } = v.parse(derivedWalletsSchema, json)
 */
export const derivedWalletsSchema = v.pipe(
  v.looseObject({
    added: v.array(walletSchema),
    globalIndexed: indexedSchema,
    perSafe: indexedSchema,
    safeAddress: lenient(v.string()),
    limits: lenient(
      v.looseObject({
        maxIndexPerFamily: v.number(),
        maxCountPerRequest: v.number(),
        supportedFamilies: v.fallback(v.array(v.string()), []),
      }),
    ),
  }),
  v.transform((body) => ({
    added: body.added,
    indexed: Object.keys(body.globalIndexed).length > 0 ? body.globalIndexed : body.perSafe,
    limits: body.limits
      ? {
          maxIndexPerFamily: body.limits.maxIndexPerFamily,
          maxCountPerRequest: body.limits.maxCountPerRequest,
          supportedFamilies: body.limits.supportedFamilies,
        }
      : undefined,
  })),
)
