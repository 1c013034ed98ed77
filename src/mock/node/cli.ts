#!/usr/bin/env node
// `npx ibex-mock` / `npm run mock`: a mock IBEx on 127.0.0.1:8787 until SIGINT or SIGTERM.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createMockIbex } from '../createMockIbex.ts'
import type { MockIbexOptions } from '../MockIbexOptions.ts'
import { mergeProtocolProfile } from '../../core/protocol/mergeProtocolProfile.ts'
import { startMockIbexServer } from './startMockIbexServer.ts'

/**
 * One entry per flag: how it parses, what `--help` says, and what it sets. Add a flag by adding
 * an entry; parsing, help and the unknown-flag refusal follow from the table.
 */
type CliFlag = {
  type: 'string' | 'boolean'
  multiple?: boolean
  /** Shown after the flag in `--help`, e.g. `PORT`. */
  value?: string
  description: string
}

const flags = {
  port: {
    type: 'string',
    value: 'PORT',
    description: 'Port to listen on (default 8787, or $PORT; 0 picks a free one)',
  },
  host: {
    type: 'string',
    value: 'HOST',
    description: 'Interface to listen on (default 127.0.0.1)',
  },
  'rp-id': {
    type: 'string',
    multiple: true,
    value: 'RPID[,RPID]',
    description: 'Register a tenant besides localhost (repeatable, or comma-separated)',
  },
  seed: {
    type: 'string',
    value: 'SEED',
    description: 'Deterministic ids, salts, codes and secrets',
  },
  'otp-in-response': {
    type: 'boolean',
    description:
      'Put the email code in the sign-up/sign-in answer (emailOtp), as IBEx test environments do',
  },
  'allowed-origin': {
    type: 'string',
    multiple: true,
    value: 'ORIGIN',
    description:
      'Also accept this page origin for passkeys, CORS and the dev controls (repeatable, or comma-separated)',
  },
  'dev-token': {
    type: 'string',
    value: 'TOKEN',
    description:
      'Open the /__mock/* controls to any client sending X-Ibex-Mock-Token: TOKEN (default: loopback clients only; or $IBEX_MOCK_DEV_TOKEN)',
  },
  protocol: {
    type: 'string',
    value: 'FILE.json',
    description:
      'Verify PIN/email proofs by this protocol profile (a part, deep-merged; e.g. what ibex-doctor printed)',
  },
  help: { type: 'boolean', description: 'Print this help and exit' },
} as const satisfies Record<string, CliFlag>

function usage(): string {
  const rows = Object.entries(flags as Record<string, CliFlag>).map(([name, flag]) => {
    const left = `  --${name}${flag.value ? ` ${flag.value}` : ''}`
    return `${left.padEnd(28)} ${flag.description}`
  })
  return [
    'Usage: ibex-mock [options]',
    '',
    'A mock IBEx Wallet API (HTTP + WebSocket) for development and tests.',
    '',
    'Options:',
    ...rows,
    '',
    'Dev controls (loopback clients, no other page origins, unless --dev-token):',
    '  GET  /__mock/outbox?email=ADDRESS[&rpId=RPID]   the last email code sent',
    '  POST /__mock/faucet {"address":"0x…","amount":"100","token":"EUR-IBEX","chainId":421614}',
    '  POST /__mock/faults {"latencyMs":200,"errorRate":0.1,"rateLimit":{"count":3,"retryAfter":2},',
    '                       "maintenance":{"message":"Back at 14:00"},"accessTokenTtl":60,',
    '                       "failNextOperation":true}   (null clears one)',
    '  POST /__mock/expire-session {"email":"ada@example.com"} | {"all":true}  [,"refreshTokens":true]',
    '  POST /__mock/time {"advanceMs":60000}   move the mock clock forward',
    '  POST /__mock/reset                       forget every user, code and fault',
  ].join('\n')
}

let values: Record<string, string | boolean | string[] | undefined>
try {
  values = parseArgs({ options: flags, strict: true, allowPositionals: false }).values
} catch (error) {
  console.error(`ibex-mock: ${error instanceof Error ? error.message : String(error)}\n`)
  console.error(usage())
  process.exit(2)
}
if (values.help) {
  console.log(usage())
  process.exit(0)
}

const rawPort = (values.port as string | undefined) ?? process.env.PORT ?? '8787'
const port = Number(rawPort)
if (!/^\d+$/.test(rawPort) || port > 65535) {
  console.error(`ibex-mock: invalid port: ${rawPort}\n`)
  console.error(usage())
  process.exit(2)
}

// --protocol FILE.json: the protocol profile to verify proofs by (e.g. what ibex-doctor printed).
const protocolFile = values.protocol as string | undefined
let protocol: MockIbexOptions['protocol']
if (protocolFile !== undefined) {
  try {
    protocol = mergeProtocolProfile(JSON.parse(readFileSync(protocolFile, 'utf8')))
  } catch (error) {
    console.error(
      `ibex-mock: cannot read --protocol ${protocolFile}: ${(error as Error).message}\n`,
    )
    console.error(usage())
    process.exit(2)
  }
}

const options: MockIbexOptions = {
  rpIds: ((values['rp-id'] as string[] | undefined) ?? [])
    .flatMap((value) => value.split(','))
    .filter(Boolean),
  seed: values.seed as string | undefined,
  returnOtpInResponse: (values['otp-in-response'] as boolean | undefined) ?? false,
  allowedOrigins: ((values['allowed-origin'] as string[] | undefined) ?? [])
    .flatMap((value) => value.split(','))
    .filter(Boolean),
  devToken: (values['dev-token'] as string | undefined) ?? process.env.IBEX_MOCK_DEV_TOKEN,
  protocol,
}
const mock = createMockIbex(options)
const host = (values.host as string | undefined) ?? '127.0.0.1'
const { url, close } = await startMockIbexServer({ port, host, mock })
console.log(`Mock IBEx listening on ${url}`)
console.log(`  email codes: ${url}/__mock/outbox?email=<address>`)
console.log(`  websocket:   ${url.replace(/^http/, 'ws')}/ws?blockchainId=421614`)
console.log(`  faucet:      POST ${url}/__mock/faucet {"address":"0x…","amount":"100"}`)
console.log(`  chain RPC:   ${url}/__mock/rpc/<chainId> (e.g. 11155111, for EIP-7702 activation)`)
console.log('  more:        ibex-mock --help')

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  close().then(
    () => {
      console.log(`Mock IBEx stopped (${signal})`)
      process.exit(0)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
