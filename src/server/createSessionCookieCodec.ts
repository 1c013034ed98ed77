import { IbexValidationError } from '../core/errors/IbexValidationError.ts'
import type { IbexSessionRecord } from '../core/session/IbexSessionRecord.ts'
import { readSessionRecord } from '../core/session/readSessionRecord.ts'
import { base64ToBytes, bytesToBase64url } from '../core/utils/base64.ts'
import { isRecord } from '../core/parse/isRecord.ts'

/** What the cookie holds, encrypted: the pair, the user, and the tenant it belongs to. */
export type CookieSession = {
  record: IbexSessionRecord
  /** The rpId the pair was issued for; sent as `X-RpId` with every forwarded call. */
  rpId: string
  /** The opaque name of the pair (see `IbexProxySession.sessionId`). */
  sessionId: string
}

/** Encrypts and decrypts the session cookie. */
export type SessionCookieCodec = {
  seal(session: Omit<CookieSession, 'sessionId'>): Promise<{ value: string; sessionId: string }>
  /** The session, or `null` for a tampered, foreign (another secret or cookie name) or expired value. */
  open(value: string | undefined, now: number): Promise<CookieSession | null>
}

/** Shorter secrets are refused at start-up: the cookie key is only as strong as the secret. */
export const MIN_SECRET_LENGTH = 32
const encoder = new TextEncoder()
const VERSION = 'v1'

/**
 * AES-256-GCM with a key derived from `secret` by HKDF-SHA256 (Web Crypto, so it runs in Node,
 * Deno, Bun and edge runtimes alike). A fresh 12-byte IV per cookie; the cookie's name is
 * authenticated data, so a value moved to another cookie does not open. The value is
 * `v1.<base64url(iv ‖ ciphertext)>`.
 *
 * @example
 * const codec = createSessionCookieCodec(process.env.IBEX_SESSION_SECRET, 'ibex-session')
 * const { value } = await codec.seal({ record, rpId: 'example.com' })
 */
export function createSessionCookieCodec(secret: unknown, cookieName: string): SessionCookieCodec {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    throw new IbexValidationError({
      code: 'validation/secret-invalid',
      field: 'secret',
      message: `createIbexProxy needs \`secret\`: a random string of at least ${MIN_SECRET_LENGTH} characters, kept on the server (e.g. \`openssl rand -base64 32\` in IBEX_SESSION_SECRET). It encrypts the session cookie; ${typeof secret === 'string' ? `the one given has ${secret.length}` : 'none was given'}.`,
    })
  }
  const additionalData = encoder.encode(`ibex-react/server|session|${VERSION}|${cookieName}`)
  const key = crypto.subtle
    .importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey'])
    .then((material) =>
      crypto.subtle.deriveKey(
        {
          name: 'HKDF',
          hash: 'SHA-256',
          salt: encoder.encode('ibex-react/server'),
          info: encoder.encode(`session-cookie/${VERSION}`),
        },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      ),
    )

  return {
    async seal({ record, rpId }) {
      const sessionId = await pairId(record.refreshToken)
      const iv = crypto.getRandomValues(new Uint8Array(12))
      const plain = encoder.encode(JSON.stringify({ record, rpId, sessionId }))
      const sealed = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, await key, plain),
      )
      const bytes = new Uint8Array(iv.length + sealed.length)
      bytes.set(iv)
      bytes.set(sealed, iv.length)
      return { value: `${VERSION}.${bytesToBase64url(bytes)}`, sessionId }
    },
    async open(value, now) {
      if (!value?.startsWith(`${VERSION}.`)) return null
      try {
        const bytes = base64ToBytes(value.slice(VERSION.length + 1))
        if (bytes.length < 12 + 16) return null
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData },
          await key,
          bytes.slice(12),
        )
        const parsed: unknown = JSON.parse(new TextDecoder().decode(plain))
        if (!isRecord(parsed) || typeof parsed.rpId !== 'string') return null
        if (typeof parsed.sessionId !== 'string') return null
        const record = readSessionRecord(parsed.record)
        if (!record) return null
        // A refresh token older than its lifetime cannot be used: the user is signed out.
        if ((record.refreshExpiresAt ?? record.issuedAt + DAY_MS) <= now) return null
        return { record, rpId: parsed.rpId, sessionId: parsed.sessionId }
      } catch {
        // Tampered, truncated, or sealed with another secret or for another cookie.
        return null
      }
    },
  }
}

/** IBEx refresh tokens live 24 h ; used when the token carries no `exp`. */
export const DAY_MS = 86_400_000

/** A name for a token pair that does not reveal it: 128 bits of SHA-256 of the refresh token. */
async function pairId(refreshToken: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(refreshToken))
  return bytesToBase64url(new Uint8Array(digest).slice(0, 16))
}
