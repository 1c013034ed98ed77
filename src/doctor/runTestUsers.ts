import { getSignInChallenge } from '../core/actions/auth/getSignInChallenge.ts'
import { getSignUpChallenge } from '../core/actions/auth/getSignUpChallenge.ts'
import { recoverEmail } from '../core/actions/auth/recoverEmail.ts'
import { submitSignIn } from '../core/actions/auth/submitSignIn.ts'
import { submitSignUp } from '../core/actions/auth/submitSignUp.ts'
import { recoveredBackup } from '../core/ceremonies/email/recoveredBackup.ts'
import { provePin } from '../core/ceremonies/kdf/provePin.ts'
import { proofChallengeFields } from '../core/ceremonies/proofChallengeFields.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { IbexHttpError } from '../core/errors/IbexHttpError.ts'
import { runSignerJob } from '../core/kdf/runSignerJob.ts'
import type { IbexProtocolProfile } from '../core/protocol/IbexProtocolProfile.ts'
import { bytesToBase64url } from '../core/utils/base64.ts'
import {
  discoverProtocol,
  EMAIL_AXES,
  PROOF_AXES,
  type ProofAttempt,
  type ProofRefusal,
} from './discoverProtocol.ts'
import type { DoctorStatus } from './DoctorReport.ts'
import type { DoctorOptions } from './DoctorOptions.ts'
import { unknownFields } from './knownChallengeFields.ts'
import type { DoctorClient } from './runDoctor.ts'

type TestUserContext = {
  options: DoctorOptions
  profile: IbexProtocolProfile
  makeClient: (protocol: IbexProtocolProfile) => DoctorClient
  add: (id: string, status: DoctorStatus, confirms: string, detail: string) => void
  reasonOf: (error: unknown) => string
  chainsCheck: (client: IbexClient) => Promise<void>
}

type Signed = { client: IbexClient; lastBody: () => unknown; externalUserId: string }

/** 8 random digits (the default PIN policy's longest), never stored or printed. */
function randomPin(): string {
  const digits = crypto.getRandomValues(new Uint8Array(8))
  return Array.from(digits, (byte) => String(byte % 10)).join('')
}

// 4xx answers to a proof are refusals discovery learns from; anything else stops it.
function refusalOf(error: unknown): ProofRefusal | undefined {
  if (!(error instanceof IbexHttpError) || error.status < 400 || error.status >= 500) return
  return {
    status: error.status,
    code: error.serverCode,
    message: error.serverMessage ?? error.message,
  }
}

function describe(refusal: ProofRefusal | undefined): string {
  if (!refusal) return 'no answer'
  return `${refusal.status ?? ''} ${refusal.code ?? ''}: ${refusal.message}`.trim()
}

function changedRules(from: IbexProtocolProfile, to: IbexProtocolProfile): string {
  const changes: string[] = []
  const walk = (a: unknown, b: unknown, path: string) => {
    if (
      typeof a === 'object' &&
      a !== null &&
      !Array.isArray(a) &&
      typeof b === 'object' &&
      b !== null
    ) {
      for (const key of Object.keys(a)) {
        walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          path ? `${path}.${key}` : key,
        )
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes.push(`${path}=${JSON.stringify(b)}`)
    }
  }
  walk(from, to, '')
  return changes.join(', ') || 'none'
}

/**
 * `--create-test-user`: a real PIN sign-up (random 8-digit PIN) under the configured profile;
 * when refused, profile discovery; then a PIN sign-in and the chain list with the new session;
 * with `--email`, the same for an email user. Returns the profile the server accepted.
 */
export async function runTestUsers(
  context: TestUserContext,
): Promise<IbexProtocolProfile | undefined> {
  const { options, makeClient, add, reasonOf } = context
  const maxAttempts = options.maxAttempts ?? 24
  const pin = randomPin()
  let profile = context.profile
  let accepted = false

  const attemptPin: ProofAttempt<Signed> = async (protocol) => {
    const { client, lastBody } = makeClient(protocol)
    const materials = await getSignUpChallenge(client, { wallet: 'kdf' })
    const body = await provePin(client, { pin, materials })
    try {
      await submitSignUp(client, { wallet: 'kdf', ...body })
      return { ok: true, value: { client, lastBody, externalUserId: body.externalUserId } }
    } catch (error) {
      client.destroy()
      const refusal = refusalOf(error)
      if (!refusal) throw error
      return { ok: false, refusal }
    }
  }

  const pinConfirms = 'IBEx accepts a PIN sign-up proof under the configured protocol profile'
  let signed: Signed | undefined
  let firstRefusal: ProofRefusal | undefined
  let tries = 0
  const recordFirst: ProofAttempt<Signed> = async (protocol) => {
    const result = await attemptPin(protocol)
    tries += 1
    if (tries === 1 && !result.ok) firstRefusal = result.refusal
    return result
  }
  try {
    const result = await discoverProtocol(profile, PROOF_AXES, recordFirst, maxAttempts)
    if (result.found && result.attempts === 1) {
      add('kdf-proof', 'PASS', pinConfirms, 'POST /v1.2/auth/sign-up (wallet=kdf) answered 200')
    } else {
      add(
        'kdf-proof',
        'FAIL',
        pinConfirms,
        `the server refused the PIN proof (POST /v1.2/auth/sign-up, wallet=kdf): ${describe(firstRefusal)}`,
      )
      add(
        'profile-discovery',
        result.found ? 'PASS' : 'FAIL',
        `a protocol profile IBEx accepts, found in at most ${maxAttempts} proofs`,
        result.found
          ? `accepted after ${result.attempts} attempts with ${changedRules(profile, result.profile)}`
          : `none of ${result.attempts} attempts was accepted; last answer ${describe(result.lastRefusal)}`,
      )
    }
    if (result.found) {
      profile = result.profile
      signed = result.value
      accepted = true
    }
  } catch (error) {
    add('kdf-proof', 'FAIL', pinConfirms, reasonOf(error))
  }

  const signInConfirms = 'the same PIN signs in (GET + POST /v1.2/auth/sign-in, wallet=kdf)'
  if (signed) {
    try {
      const { client, externalUserId } = signed
      const materials = await getSignInChallenge(client, { wallet: 'kdf', externalUserId })
      const extra = unknownFields(signed.lastBody(), 'kdf-sign-in')
      add(
        'shape-kdf-sign-in',
        extra.length === 0 ? 'PASS' : 'WARN',
        'PIN (kdf) sign-in materials have every field the kit reads',
        extra.length === 0
          ? 'all fields known'
          : `fields the kit does not know: ${extra.join(', ')}`,
      )
      const body = await provePin(client, { pin, materials })
      await submitSignIn(client, { wallet: 'kdf', ...body })
      add('kdf-sign-in', 'PASS', signInConfirms, `test user ${externalUserId}`)
    } catch (error) {
      add('kdf-sign-in', 'FAIL', signInConfirms, reasonOf(error))
    }
    await context.chainsCheck(signed.client)
    signed.client.destroy()
  } else {
    add(
      'shape-kdf-sign-in',
      'SKIP',
      'PIN (kdf) sign-in materials have every field the kit reads',
      'no PIN user was created',
    )
    add('kdf-sign-in', 'SKIP', signInConfirms, 'no PIN user was created')
    add('chains', 'SKIP', 'the chain list and its modules (GET /v1.2/chains/)', 'no session')
  }

  if (options.email !== undefined) {
    const emailProfile = await runEmailUser(context, profile, maxAttempts)
    if (emailProfile) return emailProfile
  }
  return accepted ? profile : undefined
}

async function runEmailUser(
  context: TestUserContext,
  start: IbexProtocolProfile,
  maxAttempts: number,
): Promise<IbexProtocolProfile | undefined> {
  const { options, makeClient, add, reasonOf } = context
  const email = options.email as string
  const passphrase = `${bytesToBase64url(crypto.getRandomValues(new Uint8Array(18)))}!9a`
  let given = options.emailCode
  const baseUrl = options.baseUrl.replace(/\/+$/, '')

  async function nextCode(): Promise<string | undefined> {
    if (given !== undefined) {
      const code = given
      given = undefined
      return code
    }
    if (options.mockOutbox) {
      const response = await (options.fetch ?? fetch)(
        `${baseUrl}/__mock/outbox?email=${encodeURIComponent(email)}`,
      )
      const entry = (await response.json()) as { code?: string }
      return entry.code
    }
    return options.readEmailCode?.(email)
  }

  const attemptEmail: ProofAttempt<Signed> = async (protocol) => {
    const { client, lastBody } = makeClient(protocol)
    const challenge = await getSignUpChallenge(client, { wallet: 'email', email })
    const code = await nextCode()
    if (code === undefined) {
      client.destroy()
      return {
        ok: false,
        refusal: {
          status: undefined,
          code: 'NO_CODE',
          message: 'no emailed code to try (pass --email-code, type it, or --mock-outbox)',
        },
      }
    }
    const recovered = await recoverEmail(client, {
      externalUserId: challenge.externalUserId,
      emailOtp: code,
    })
    const fields = proofChallengeFields(recovered)
    const proof = await runSignerJob({
      kind: 'email-create',
      passphrase,
      appId: client.config.appId,
      protocol: client.config.protocol,
      materials: fields,
    })
    try {
      await submitSignUp(client, { wallet: 'email', ...fields, ...proof }, { email })
      return { ok: true, value: { client, lastBody, externalUserId: fields.externalUserId } }
    } catch (error) {
      client.destroy()
      const refusal = refusalOf(error)
      if (!refusal) throw error
      return { ok: false, refusal }
    }
  }

  const confirms = `IBEx accepts an email sign-up proof for ${email} under the profile`
  let profile = start
  let signed: Signed | undefined
  try {
    const result = await discoverProtocol(start, EMAIL_AXES, attemptEmail, maxAttempts)
    if (result.found) {
      profile = result.profile
      signed = result.value
      add(
        'email-proof',
        'PASS',
        confirms,
        result.attempts === 1
          ? 'POST /v1.2/auth/sign-up (wallet=email) answered 200'
          : `accepted after ${result.attempts} attempts with ${changedRules(start, result.profile)}`,
      )
    } else {
      add('email-proof', 'FAIL', confirms, `refused: ${describe(result.lastRefusal)}`)
    }
  } catch (error) {
    add('email-proof', 'FAIL', confirms, reasonOf(error))
  }

  const signInConfirms = 'the email user signs in with a new code and the passphrase'
  if (!signed) {
    add('email-sign-in', 'SKIP', signInConfirms, 'no email user was created')
    return undefined
  }
  const { client, externalUserId } = signed
  try {
    await getSignInChallenge(client, { wallet: 'email', externalUserId })
    const code = await nextCode()
    if (code === undefined) {
      add(
        'email-sign-in',
        'SKIP',
        signInConfirms,
        'no second code (type it at the prompt, or --mock-outbox)',
      )
      return profile
    }
    const recovered = await recoverEmail(client, { externalUserId, emailOtp: code })
    const fields = proofChallengeFields(recovered)
    const proof = await runSignerJob({
      kind: 'email-open-proof',
      passphrase,
      appId: client.config.appId,
      protocol: client.config.protocol,
      materials: { ...fields, ...recoveredBackup(recovered) },
    })
    await submitSignIn(client, { wallet: 'email', ...fields, ...proof })
    add('email-sign-in', 'PASS', signInConfirms, `test user ${externalUserId}`)
  } catch (error) {
    add('email-sign-in', 'FAIL', signInConfirms, reasonOf(error))
  } finally {
    client.destroy()
  }
  return profile
}
