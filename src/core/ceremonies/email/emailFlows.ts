import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexSessionError } from '../../errors/IbexSessionError.ts'
import type { IbexHttpError } from '../../errors/IbexHttpError.ts'
import { IbexRefusalError } from '../../errors/IbexRefusalError.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import type { EmailRecoverResponse } from '../../schemas/emailRecoverResponseSchema.ts'

/**
 * An email sign-up or sign-in between its steps. Nothing in it is secret (the backup is
 * encrypted, the challenge is public), and it lives in memory only: a reload starts over.
 */
export type EmailFlow = {
  purpose: 'sign-up' | 'sign-in'
  externalUserId: string
  /** The address typed at step 1, if any; only its masked form is ever stored. */
  email: string | undefined
  emailHint: string | undefined
  /** ms since the epoch. */
  codeExpiresAt: number
  /** The `/email/recover` answer once the code was accepted: challenge (and backup at sign-in). */
  recovered: EmailRecoverResponse | undefined
  /** A step's request is in flight. */
  busy: boolean
}

const flows = new WeakMap<IbexClient, EmailFlow>()

/**
 * The email flow of each client (one at a time): started by step 1, advanced by the code,
 * ended by the passphrase step's POST.
 *
 * @example
 * const { flow, recovered } = emailFlows.awaitingPassphrase(client, 'sign-in') // throws if none
 */
export const emailFlows = {
  /** Replaces any flow of this client. */
  start(
    client: IbexClient,
    flow: Pick<EmailFlow, 'purpose' | 'externalUserId' | 'email' | 'emailHint' | 'codeExpiresAt'>,
  ): EmailFlow {
    const started: EmailFlow = { ...flow, recovered: undefined, busy: false }
    flows.set(client, started)
    return started
  },

  /** The flow waiting for its code, else `validation/email-flow-missing` (restart at step 1). */
  awaitingCode(client: IbexClient, purpose: EmailFlow['purpose']): EmailFlow {
    const flow = flows.get(client)
    if (flow?.purpose !== purpose) {
      throw new IbexValidationError({
        code: 'validation/email-flow-missing',
        field: 'email',
        message: `No email ${purpose} is in progress: start again by asking for a code.`,
      })
    }
    return flow
  },

  /**
   * The flow whose code was accepted, with the `/email/recover` answer; else
   * `validation/email-flow-missing`, `validation/code-unverified` (the passphrase came before
   * the code), or `validation/email-flow-expired` (the challenge expired: restart at step 1).
   */
  awaitingPassphrase(
    client: IbexClient,
    purpose: EmailFlow['purpose'],
    now: number = Date.now(),
  ): { flow: EmailFlow; recovered: EmailRecoverResponse } {
    const flow = emailFlows.awaitingCode(client, purpose)
    const { recovered } = flow
    if (!recovered) {
      throw new IbexValidationError({
        code: 'validation/code-unverified',
        field: 'code',
        message: 'Enter the emailed code before the passphrase.',
      })
    }
    if (Date.parse(recovered.challengeExpiresAt) <= now) throw emailFlows.expire(client, flow)
    return { flow, recovered }
  },

  /** Ends `flow` if it is still the client's one. */
  end(client: IbexClient, flow: EmailFlow): void {
    if (flows.get(client) === flow) flows.delete(client)
  },

  /**
   * Ends `flow` and returns `validation/email-flow-expired` for the caller to throw: an
   * `IbexRefusalError` when IBEx said so (`refusal`), else the kit's own `IbexValidationError`.
   */
  expire(
    client: IbexClient,
    flow: EmailFlow,
    refusal?: IbexHttpError,
  ): IbexValidationError | IbexRefusalError {
    emailFlows.end(client, flow)
    const code = 'validation/email-flow-expired'
    const message = `This email ${flow.purpose} has expired: start again by asking for a new code.`
    return refusal
      ? new IbexRefusalError({ code, field: 'email', message, refusal })
      : new IbexValidationError({ code, field: 'email', message })
  },

  /** Runs one step of `flow` at a time; a second concurrent step is refused (`session/busy`). */
  async exclusive<T>(flow: EmailFlow, run: () => Promise<T>): Promise<T> {
    if (flow.busy) {
      throw new IbexSessionError({
        code: 'session/busy',
        message: 'An email step is already running: wait for it to finish.',
      })
    }
    flow.busy = true
    try {
      return await run()
    } finally {
      flow.busy = false
    }
  },
}
