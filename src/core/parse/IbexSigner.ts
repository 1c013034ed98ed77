/**
 * How a signer signs: a passkey, an email-recoverable key, or an external wallet (EOA).
 *
 * @example
 * const type: IbexSignerType = 'PASSKEY'
 */
export type IbexSignerType = 'PASSKEY' | 'EOA' | 'EMAIL_TOKEN' | (string & {})

/**
 * One of the user's signers (`useSigners().data.signers` items), from `GET /users/me/signers`
 * .
 *
 * @example
 * signers.map((signer) => <li key={signer.id}>{signer.keyDisplayName ?? signer.typeDescription}</li>)
 */
export type IbexSigner = {
  id: string
  type: IbexSignerType
  typeDescription: string | undefined
  /** `SAFE_4337` (a Safe smart account) or `EOA_7702` (an external wallet delegated to IBEx). */
  walletMode: 'SAFE_4337' | 'EOA_7702' | (string & {}) | undefined
  /** The passkey's name, for passkey signers. */
  keyName: string | undefined
  keyDisplayName: string | undefined
  createdAt: string | undefined
  /** How many Safes this signer controls. */
  safesCount: number | undefined
}
