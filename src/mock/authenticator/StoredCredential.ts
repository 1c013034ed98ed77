/**
 * A resident credential as the software authenticator keeps it. `idText` is the base64url id,
 * kept beside the bytes because descriptors, PRF `evalByCredential` keys and JSON all use it.
 * `prfSecret` plays the part of CTAP2 hmac-secret's CredRandom: fixed per credential, so PRF
 * outputs are stable across ceremonies.
 *
 * @example
 * const { credential } = await createStoredCredential({ rpId: 'localhost', user })
 * credential.counter // 0
 */
export type StoredCredential = {
  id: Uint8Array<ArrayBuffer>
  idText: string
  rpId: string
  userHandle: Uint8Array<ArrayBuffer>
  userName: string
  keyPair: CryptoKeyPair
  counter: number
  prfSecret: Uint8Array<ArrayBuffer>
}
