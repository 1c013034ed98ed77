#!/usr/bin/env node
// `npx ibex-doctor --base-url URL --origin ORIGIN`: checks an IBEx host for the kit.
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { IbexValidationError } from '../core/errors/IbexValidationError.ts'
import type { IbexProtocolProfileInput } from '../core/protocol/IbexProtocolProfile.ts'
import { mergeProtocolProfile } from '../core/protocol/mergeProtocolProfile.ts'
import { DoctorUnreachableError } from './DoctorUnreachableError.ts'
import { formatDoctorReport } from './formatDoctorReport.ts'
import { runDoctor } from './runDoctor.ts'

const USAGE = `Usage: ibex-doctor --base-url URL --origin ORIGIN [options]

Checks that an IBEx host serves what ibex-react needs, from your app's origin.
Nothing is created unless --create-test-user is given.

  --base-url URL        IBEx host, e.g. https://passkeys-testnet.ibex.fi
  --origin ORIGIN       your app's origin, e.g. https://app.example.com
  --rp-id ID            send X-RpId / X-Rp-Id (as createIbexClient({ rpId }) does)
  --chain-id N          X-Blockchain-Id and WebSocket chain (default 421614)
  --protocol FILE.json  the protocol profile to check (default: the kit's)
  --create-test-user    sign up a PIN user (random PIN); discover the profile if refused
  --email ADDRESS       with --create-test-user: also an email user
  --email-code CODE     the first emailed code (else asked at a prompt)
  --mock-outbox         read emailed codes from ibex-mock's dev outbox (mock only)
  --max-attempts N      proofs tried by profile discovery (default 24)
  --json                print the report as JSON
  -h, --help            this text

Exit status: 0 when no check failed, 1 when one did, 2 on bad arguments.
`

function usageError(message: string): never {
  process.stderr.write(`ibex-doctor: ${message}\n\n${USAGE}`)
  process.exit(2)
}

let parsed
try {
  parsed = parseArgs({
    options: {
      'base-url': { type: 'string' },
      origin: { type: 'string' },
      'rp-id': { type: 'string' },
      'chain-id': { type: 'string' },
      protocol: { type: 'string' },
      'create-test-user': { type: 'boolean' },
      email: { type: 'string' },
      'email-code': { type: 'string' },
      'mock-outbox': { type: 'boolean' },
      'max-attempts': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
} catch (error) {
  usageError((error as Error).message)
}
const { values } = parsed
if (values.help) {
  process.stdout.write(USAGE)
  process.exit(0)
}
const baseUrl = values['base-url']
const origin = values.origin
if (!baseUrl || !/^https?:\/\/[^/]/.test(baseUrl)) usageError('--base-url needs an http(s) URL')
if (!origin || !/^https?:\/\/[^/]+$/.test(origin.replace(/\/$/, '')))
  usageError('--origin needs an origin such as https://app.example.com')
const chainId = values['chain-id'] === undefined ? undefined : Number(values['chain-id'])
if (chainId !== undefined && !(Number.isInteger(chainId) && chainId > 0))
  usageError('--chain-id needs a positive integer')
const maxAttempts =
  values['max-attempts'] === undefined ? undefined : Number(values['max-attempts'])
if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts > 0))
  usageError('--max-attempts needs a positive integer')
if ((values.email || values['email-code'] || values['mock-outbox']) && !values['create-test-user'])
  usageError('--email, --email-code and --mock-outbox need --create-test-user')

let protocol: IbexProtocolProfileInput | undefined
if (values.protocol !== undefined) {
  try {
    protocol = mergeProtocolProfile(JSON.parse(readFileSync(values.protocol, 'utf8')))
  } catch (error) {
    const detail = error instanceof IbexValidationError ? error.message : (error as Error).message
    usageError(`cannot use --protocol ${values.protocol}: ${detail}`)
  }
}

async function promptCode(email: string): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined
  const prompt = createInterface({ input: process.stdin, output: process.stderr })
  try {
    const code = (await prompt.question(`Code emailed to ${email}: `)).trim()
    return code === '' ? undefined : code
  } finally {
    prompt.close()
  }
}

try {
  const report = await runDoctor({
    baseUrl,
    origin: origin.replace(/\/$/, ''),
    rpId: values['rp-id'],
    chainId,
    protocol,
    createTestUser: values['create-test-user'] ?? false,
    email: values.email,
    emailCode: values['email-code'],
    mockOutbox: values['mock-outbox'] ?? false,
    readEmailCode: promptCode,
    maxAttempts,
  })
  process.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : formatDoctorReport(report),
  )
  process.exit(report.failed === 0 ? 0 : 1)
} catch (error) {
  if (error instanceof DoctorUnreachableError) {
    process.stderr.write(`ibex-doctor: ${error.message}\n`)
  } else {
    process.stderr.write(`ibex-doctor: ${error instanceof Error ? error.message : String(error)}\n`)
  }
  process.exit(1)
}
