#!/usr/bin/env node
// `npm run mock`: a mock IBEx on 127.0.0.1:8787 (or --port / PORT) until SIGINT or SIGTERM.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createMockIbex } from '../createMockIbex.ts'
import type { IbexProtocolProfile } from '../../core/protocol/IbexProtocolProfile.ts'
import { mergeProtocolProfile } from '../../core/protocol/mergeProtocolProfile.ts'
import { startMockIbexServer } from './startMockIbexServer.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'rp-id': { type: 'string', multiple: true },
    seed: { type: 'string' },
    'otp-in-response': { type: 'boolean' },
    protocol: { type: 'string' },
  },
})

const port = Number(values.port ?? process.env.PORT ?? 8787)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`)
  process.exit(2)
}

// --protocol FILE.json: the protocol profile to verify proofs by (e.g. what ibex-doctor printed).
let protocol: IbexProtocolProfile | undefined
if (values.protocol !== undefined) {
  try {
    protocol = mergeProtocolProfile(JSON.parse(readFileSync(values.protocol, 'utf8')))
  } catch (error) {
    console.error(`Cannot read --protocol ${values.protocol}: ${(error as Error).message}`)
    process.exit(2)
  }
}

const mock = createMockIbex({
  rpIds: (values['rp-id'] ?? []).flatMap((value) => value.split(',')).filter(Boolean),
  seed: values.seed,
  returnOtpInResponse: values['otp-in-response'] ?? false,
  protocol,
})
const { url, close } = await startMockIbexServer({ port, host: values.host ?? '127.0.0.1', mock })
console.log(`Mock IBEx listening on ${url}`)
console.log(`  email codes: ${url}/__mock/outbox?email=<address>`)
console.log(`  websocket:   ${url.replace(/^http/, 'ws')}/ws?blockchainId=421614`)
console.log(`  faucet:      POST ${url}/__mock/faucet {"address":"0x…","amount":"100"}`)
console.log(`  chain RPC:   ${url}/__mock/rpc/<chainId> (e.g. 11155111, for EIP-7702 activation)`)

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
