import { IbexResponseError } from '../errors/IbexResponseError.ts'
import type { AuthSessionResponse } from '../schemas/authSessionResponseSchema.ts'
import type { Eip7702AuthResponse } from '../schemas/eip7702AuthResponseSchema.ts'
import type { IbexSessionRecord, IbexSessionUser } from './IbexSessionRecord.ts'
import { decodeJwtClaims } from './decodeJwtClaims.ts'

/** Any validated body that carries a token pair: sign-up, sign-in (all modes) or refresh. */
export type IbexAuthResponse = AuthSessionResponse | Eip7702AuthResponse

/** Sign-up / sign-in mode. */
export type IbexWalletMode = 'passkeys' | 'kdf' | 'email' | '7702'

const AUTH_METHOD_OF_WALLET: Record<IbexWalletMode, string> = {
  passkeys: 'PASSKEY',
  kdf: 'PIN_KDF',
  email: 'EMAIL',
  '7702': 'EOA_7702',
}

/** Documented access-token lifetime, used only when neither `expires_in` nor `exp` is readable. */
const DEFAULT_LIFETIME_MS = 3_600_000

/**
 * Turns an auth body into the session record. Expiry is the earlier of `expires_in` and the JWT
 * `exp`; the user id is `subject`, else the JWT `sub`. Fields a body leaves out (a refresh answer
 * often carries only tokens) are kept from `previous` when it is the same user.
 *
 * @example
 * const record = sessionFromAuthResponse(body, { now: Date.now(), chainId: 421614, wallet: 'kdf' })
 */
export function sessionFromAuthResponse(
  response: IbexAuthResponse,
  options: {
    now: number
    /** The client's chain, when the body names none. */
    chainId: number
    previous?: IbexSessionUser | null | undefined
    wallet?: IbexWalletMode | undefined
    /** For the error when no user id can be found. */
    endpoint?: string | undefined
  },
): IbexSessionRecord {
  const { now } = options
  const access = decodeJwtClaims(response.access_token)
  const candidates = [
    response.expires_in == null ? undefined : now + response.expires_in * 1000,
    access.exp === undefined ? undefined : access.exp * 1000,
  ].filter((value): value is number => value !== undefined)
  const expiresAt = candidates.length > 0 ? Math.min(...candidates) : now + DEFAULT_LIFETIME_MS

  const externalUserId =
    response.subject ||
    access.sub ||
    (typeof response.externalUserId === 'string' ? response.externalUserId : undefined) ||
    options.previous?.externalUserId
  if (!externalUserId) {
    throw new IbexResponseError({
      endpoint: options.endpoint ?? 'auth response',
      field: 'subject',
      reason: 'Neither `subject` nor the access token `sub` names the user.',
    })
  }
  const same = options.previous?.externalUserId === externalUserId ? options.previous : undefined
  const user = is7702Response(response)
    ? userFrom7702(response, externalUserId, same)
    : userFromSession(response, externalUserId, same, options)

  const refreshExp = decodeJwtClaims(response.refresh_token).exp
  return {
    v: 1,
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    expiresAt,
    issuedAt: now,
    ...(refreshExp === undefined ? {} : { refreshExpiresAt: refreshExp * 1000 }),
    user,
  }
}

function userFromSession(
  response: AuthSessionResponse,
  externalUserId: string,
  same: IbexSessionUser | undefined,
  options: { chainId: number; wallet?: IbexWalletMode | undefined },
): IbexSessionUser {
  const authMethod =
    response.authMethod ?? same?.authMethod ?? AUTH_METHOD_OF_WALLET[options.wallet ?? 'passkeys']
  const eoaAddresses =
    response.eoaAddresses?.map(({ type, address }) => ({ type, address })) ?? same?.eoaAddresses
  return withoutUndefined({
    externalUserId,
    authMethod,
    safeAddresses: response.safeAddress ?? same?.safeAddresses ?? {},
    eoaAddress: response.eoaAddress ?? same?.eoaAddress,
    eoaAddresses,
    chainId: response.chainId ?? same?.chainId ?? options.chainId,
    hasPasskey: response.hasPasskey ?? same?.hasPasskey ?? authMethod === 'PASSKEY',
    prfCapable: response.prfCapable ?? same?.prfCapable ?? false,
    publicKey: response.publicKey ?? same?.publicKey,
    walletMode: response.walletMode ?? same?.walletMode,
    delegations: same?.delegations,
  })
}

function userFrom7702(
  response: Eip7702AuthResponse,
  externalUserId: string,
  same: IbexSessionUser | undefined,
): IbexSessionUser {
  const { chainId, implementation } = response.delegation
  return withoutUndefined({
    externalUserId,
    authMethod: 'EOA_7702',
    // The "Safe" of a 7702 user is the EOA itself, delegated on this chain.
    safeAddresses: { ...same?.safeAddresses, [String(chainId)]: response.safe },
    eoaAddress: response.safe,
    eoaAddresses: same?.eoaAddresses,
    chainId,
    hasPasskey: false,
    prfCapable: false,
    publicKey: undefined,
    walletMode: response.walletMode ?? 'EOA_7702',
    delegations: { ...same?.delegations, [String(chainId)]: implementation },
  })
}

function is7702Response(response: IbexAuthResponse): response is Eip7702AuthResponse {
  return typeof response.safe === 'string' && typeof response.delegation === 'object'
}

/** Stored and compared as JSON, where `undefined` members would only add noise. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T
}
