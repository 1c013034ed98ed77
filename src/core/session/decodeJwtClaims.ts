import { base64ToBytes } from '../utils/base64.ts'

/** The JWT claims the kit reads. */
export type IbexJwtClaims = {
  /** Expiry, seconds since the epoch. */
  exp?: number | undefined
  /** externalUserId. */
  sub?: string | undefined
  /** rpId. */
  iss?: string | undefined
  /** Signer id. */
  sid?: string | undefined
}

/**
 * Reads the payload of a JWT without checking its signature (only IBEx can; the kit uses the
 * claims for timing and the user id). `{}` when the token is not a readable JWT.
 *
 * @example
 * decodeJwtClaims(accessToken).exp // 1763703600
 */
export function decodeJwtClaims(token: string): IbexJwtClaims {
  const payload = token.split('.')[1]
  if (!payload) return {}
  try {
    const claims: unknown = JSON.parse(new TextDecoder().decode(base64ToBytes(payload)))
    if (typeof claims !== 'object' || claims === null) return {}
    const { exp, sub, iss, sid } = claims as Record<string, unknown>
    return {
      exp: typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined,
      sub: typeof sub === 'string' ? sub : undefined,
      iss: typeof iss === 'string' ? iss : undefined,
      sid: typeof sid === 'string' ? sid : undefined,
    }
  } catch {
    return {}
  }
}
