/** Parameters shared by every error of the kit. */
export type IbexErrorParameters = {
  /** Stable, machine-readable code for the UI to switch on (e.g. `'webauthn/cancelled'`). */
  code: string
  /** Extra detail for the developer (server message, field, endpoint). */
  details?: string | undefined
  /** The underlying error, kept for debugging. */
  cause?: unknown
  /** Path of the relevant page of the docs (README anchor). */
  docsPath?: string | undefined
  /** Extra lines appended to the message. */
  metaMessages?: readonly string[] | undefined
}

/**
 * Base class of every error thrown by ibex-react. `code` is stable and meant for the UI,
 * `shortMessage` is a sentence a developer can show or log, `message` adds the details.
 *
 * @example
 * try { await client.signIn() } catch (error) {
 *   if (error instanceof IbexError && error.code === 'webauthn/cancelled') return
 *   throw error
 * }
 */
export class IbexError extends Error {
  override name: string = 'IbexError'
  readonly code: string
  readonly shortMessage: string
  readonly details: string | undefined
  readonly docsPath: string | undefined
  readonly metaMessages: readonly string[] | undefined

  constructor(shortMessage: string, parameters: IbexErrorParameters) {
    const { code, details, cause, docsPath, metaMessages } = parameters
    const lines = [shortMessage]
    if (metaMessages?.length) lines.push('', ...metaMessages)
    if (details) lines.push('', `Details: ${details}`)
    if (docsPath) lines.push(`Docs: https://github.com/ibex-react/ibex-react#${docsPath}`)
    super(lines.join('\n'), cause === undefined ? undefined : { cause })
    this.code = code
    this.shortMessage = shortMessage
    this.details = details
    this.docsPath = docsPath
    this.metaMessages = metaMessages
  }

  /**
   * Walks the `cause` chain and returns the deepest error, or the first one `predicate` accepts.
   *
   * @example
   * const httpError = error.walk((e) => e instanceof IbexHttpError)
   */
  walk(predicate?: (error: unknown) => boolean): unknown {
    const chain: Error[] = [this]
    for (let next = this.cause; next instanceof Error; next = next.cause) chain.push(next)
    if (!predicate) return chain[chain.length - 1]
    return chain.find((error) => predicate(error))
  }
}
