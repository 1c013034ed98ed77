/** A serialisable value inside the parameters of a query key. */
export type IbexQueryKeyValue =
  | string
  | number
  | boolean
  | null
  | readonly IbexQueryKeyValue[]
  | { readonly [key: string]: IbexQueryKeyValue | undefined }

/**
 * The parameters part of a query key: what the caller passed, as passed (defaults are applied
 * by the fetcher, not written into the key), so `useBalances()` and `useBalances({})` share one
 * entry. `undefined` members are dropped.
 */
export type IbexQueryKeyParams = { readonly [key: string]: IbexQueryKeyValue | undefined }

/** Resources cached per user. Each later data hook reads exactly one of these. */
export type IbexUserResource =
  | 'balances'
  | 'transactions'
  | 'addresses'
  | 'tokens'
  | 'chains'
  | 'vaults'
  | 'positions'
  | 'userData'
  | 'operations'
  | 'operationStatus'
  | 'signInData'
  | 'signers'
  | 'userChains'
  | 'batchStatus'
  | 'addressBook'

/** `['ibex', scope, externalUserId, resource, params]`. */
export type IbexUserQueryKey<resource extends IbexUserResource = IbexUserResource> = readonly [
  'ibex',
  string,
  string,
  resource,
  IbexQueryKeyParams,
]

function compactParams(params: IbexQueryKeyParams): IbexQueryKeyParams {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined))
}

function userKey<resource extends IbexUserResource>(resource: resource) {
  return (
    scope: string,
    externalUserId: string,
    params: IbexQueryKeyParams = {},
  ): IbexUserQueryKey<resource> => ['ibex', scope, externalUserId, resource, compactParams(params)]
}

/**
 * The one factory of IBEx query keys (docs/architecture.md). A user's data lives under
 * `['ibex', scope, externalUserId, resource, params]`, where `scope` comes from
 * `ibexQueryScope(client)`; the prefixes serve invalidation and sign-out (`user()` is what
 * `useSignOut` removes). Every resource is per user, even catalogues such as `chains` and
 * `vaults`, because IBEx serves them only to a signed-in user and they go with the session.
 * Only device facts (`passkeySupport`) live outside a tenant and a user.
 *
 * @example
 * const scope = ibexQueryScope(client)
 * queryClient.invalidateQueries({ queryKey: ibexQueryKeys.user(scope, user.externalUserId) })
 * queryClient.getQueryData(ibexQueryKeys.balances(scope, user.externalUserId)) // useBalances()
 * ibexQueryKeys.transactions(scope, id, { chainId: 100, page: 2 })
 */
export const ibexQueryKeys = {
  /** Every IBEx query of every tenant. */
  all: (): readonly ['ibex'] => ['ibex'],
  /** Every query of one tenant. */
  scope: (scope: string): readonly ['ibex', string] => ['ibex', scope],
  /** Every query of one user of one tenant: what signing out removes. */
  user: (scope: string, externalUserId: string): readonly ['ibex', string, string] => [
    'ibex',
    scope,
    externalUserId,
  ],
  /** `GET /users/me/balances` (docs/protocol.md). */
  balances: userKey('balances'),
  /** `GET /users/me/transactions`. */
  transactions: userKey('transactions'),
  /** `GET /users/me/address`. */
  addresses: userKey('addresses'),
  /** `GET /chain/tokens` and `GET /users/me/tokens`. */
  tokens: userKey('tokens'),
  /** `GET /chains/`. */
  chains: userKey('chains'),
  /** `GET /safes/vaults`. */
  vaults: userKey('vaults'),
  /** DeFi positions (Aave, Morpho, Hyperliquid, pools). */
  positions: userKey('positions'),
  /** `GET /users/me`; also the `userdata` of an enriched sign-in. */
  userData: userKey('userData'),
  /** `GET /users/me/operations`. */
  operations: userKey('operations'),
  /** `GET /safes/operations/:userOpHash/status`; params `{ userOpHash }`. */
  operationStatus: userKey('operationStatus'),
  /** `GET /auth/sign-in/data/:dataRequestId`; params `{ dataRequestId }`. */
  signInData: userKey('signInData'),
  /** `GET /users/me/signers` (§6.10). */
  signers: userKey('signers'),
  /** `GET /users/me/chainid` (§6.11). */
  userChains: userKey('userChains'),
  /** `GET /safes/operations/batch/:batchId/status` (§8.5); params `{ batchId }`. */
  batchStatus: userKey('batchStatus'),
  /** `GET /users/me/addressbook` (§6.16). */
  addressBook: userKey('addressBook'),
  /** `GET /safes/swap/quote`; params the quote's inputs. */
  swapQuote: (
    scope: string,
    externalUserId: string,
    params: IbexQueryKeyParams = {},
  ): readonly ['ibex', string, string, 'swapQuote', IbexQueryKeyParams] => [
    'ibex',
    scope,
    externalUserId,
    'swapQuote',
    compactParams(params),
  ],
  /** The mutation key of the kit's mutation `name` (`signIn`, `transfer` …) in one tenant. */
  mutation: (scope: string, name: string): readonly ['ibex', string, string] => [
    'ibex',
    scope,
    name,
  ],
  /** What this browser can do with passkeys (no tenant, no user). */
  passkeySupport: (): readonly ['ibex', null, null, 'passkeySupport', IbexQueryKeyParams] => [
    'ibex',
    null,
    null,
    'passkeySupport',
    {},
  ],
} as const
