/** How bytes are written as text in a proof field. */
export type IbexBinaryEncoding = 'base64url' | 'base64' | 'hex'

/** A key of the email proof message (docs/protocol.md). */
export type IbexEmailProofField =
  | 'appId'
  | 'challenge'
  | 'challengeExpiresAt'
  | 'challengeId'
  | 'externalUserId'
  | 'nonce'
  | 'timestamp'
  | 'wallet'

/**
 * Every rule of the PIN, email and key-user protocol that IBEx does not publish (docs/protocol.md),
 * as plain JSON data: the kit signs and the mock verifies by it. What IBEx documents (paths, body
 * field names, the HKDF info fields, the KDF message's fields, Argon2id with the server's
 * parameters) is not part of it. Pass a part of it as `createIbexClient({ protocol })`,
 * `createMockIbex({ protocol })` or `ibex-mock --protocol FILE.json`; `ibex-doctor
 * --create-test-user` prints the one a tenant accepts.
 *
 * @example
 * const profile: IbexProtocolProfile = mergeProtocolProfile({ proof: { timestamp: 's' } })
 */
export type IbexProtocolProfile = {
  /** The signed proof of a PIN or email sign-up / sign-in. */
  proof: {
    /** Key order of the canonical JSON message: `'sorted'` (code point) or an explicit list; keys not listed follow, sorted. */
    keyOrder: 'sorted' | readonly string[]
    /** `timestamp` in the message and the body: ms or s since the epoch (numbers), or an ISO 8601 string. */
    timestamp: 'ms' | 's' | 'iso'
    /** The random `nonce`: byte count and text encoding. */
    nonce: { bytes: number; encoding: IbexBinaryEncoding }
    /**
     * `scheme`: `'eip191'` = `personal_sign` of the message text; `'eip191-keccak'` =
     * `personal_sign` of keccak256(message); `'raw'` = secp256k1 over keccak256(message), no
     * prefix. `encoding`: the 65-byte r‖s‖v signature as 0x-hex, base64 or base64url.
     */
    signature: {
      scheme: 'eip191' | 'eip191-keccak' | 'raw'
      encoding: 'hex' | 'base64' | 'base64url'
    }
  }
  /** The PIN key: `HKDF(argon2id(PIN), salt, info = ibex-safe-signer|appId|env|externalUserId)`. */
  kdf: {
    /** `appId` of the HKDF info and of the messages; `null` = the client's rpId (or page host). */
    appId: string | null
    /** `env` of the HKDF info. */
    env: string
    /** `salt`: base64 of the HKDF salt bytes, `''` = empty. `length` must be 32 (a secp256k1 key). */
    hkdf: { hash: 'SHA-256' | 'SHA-384' | 'SHA-512'; salt: string; length: 32 }
  }
  /** The email mode. */
  email: {
    /** Keys of the email proof message (each taken from the body, `wallet` from `wallet` below). */
    proofFields: readonly IbexEmailProofField[]
    /** Value of the message's `wallet` key. */
    wallet: string
    /** New backups: Argon2id cost (KiB, passes, lanes), salt and IV sizes, binary encoding. Cipher AES-256-GCM. */
    backup: {
      memory: number
      iterations: number
      parallelism: number
      saltBytes: number
      ivBytes: number
      encoding: 'base64' | 'base64url' | 'hex'
    }
  }
  /** How a PIN, email or 7702 user signs a prepared operation (`PUT /v1.2/safes/operations`). */
  operation: {
    /** `personal_sign` of the 32 `userOpHash` bytes, or of its `0x…` hex text. */
    message: 'bytes' | 'hex-text'
    /** Encoding of the 65-byte signature in the body. */
    signatureEncoding: 'hex' | 'base64' | 'base64url'
    /** Send `publicKey` (the signer's address) beside `signature`. */
    publicKey: boolean
  }
}

/** Any part of an {@link IbexProtocolProfile}; unset members keep the default. */
export type IbexProtocolProfileInput = {
  [K in keyof IbexProtocolProfile]?: {
    [F in keyof IbexProtocolProfile[K]]?: IbexProtocolProfile[K][F] extends readonly unknown[]
      ? IbexProtocolProfile[K][F]
      : IbexProtocolProfile[K][F] extends object
        ? Partial<IbexProtocolProfile[K][F]> | IbexProtocolProfile[K][F]
        : IbexProtocolProfile[K][F]
  }
}
