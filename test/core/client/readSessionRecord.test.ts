import { describe, expect, test } from 'vitest'
import type { IbexSessionRecord } from '../../../src/core/session/IbexSessionRecord.ts'
import { readSessionRecord } from '../../../src/core/session/readSessionRecord.ts'

const record: IbexSessionRecord = {
  v: 1,
  accessToken: 'a.b.c',
  refreshToken: 'r.s.t',
  expiresAt: 2_000,
  issuedAt: 1_000,
  refreshExpiresAt: 9_000,
  user: {
    externalUserId: 'u1',
    authMethod: 'PASSKEY',
    safeAddresses: { '421614': '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' },
    eoaAddress: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    eoaAddresses: [{ type: 'evm', address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' }],
    chainId: 421614,
    hasPasskey: true,
    prfCapable: false,
    publicKey: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    walletMode: 'SAFE_4337',
    delegations: { '11155111': '0x29fcB43b46531BcA003ddC8FCB67FFE91900C762' },
  },
}

describe('readSessionRecord', () => {
  test('default: a stored record round-trips through JSON; unknown fields are dropped', () => {
    expect(readSessionRecord(JSON.parse(JSON.stringify(record)))).toEqual(record)
    const extra = { ...record, secret: 'x', user: { ...record.user, password: 'y' } }
    expect(readSessionRecord(extra)).toEqual(record)
    const { refreshExpiresAt: _r, ...minimalRecord } = record
    const {
      eoaAddress: _e,
      eoaAddresses: _es,
      publicKey: _p,
      walletMode: _w,
      delegations: _d,
      ...user
    } = record.user
    const minimal = { ...minimalRecord, user }
    expect(readSessionRecord(minimal)).toEqual(minimal)
  })

  test('behavior: anything off gives null', () => {
    const broken: unknown[] = [
      null,
      'a',
      [],
      { ...record, v: 2 },
      { ...record, accessToken: '' },
      { ...record, refreshToken: 3 },
      { ...record, expiresAt: '2000' },
      { ...record, refreshExpiresAt: null },
      { ...record, user: undefined },
      { ...record, user: { ...record.user, externalUserId: '' } },
      { ...record, user: { ...record.user, safeAddresses: { '421614': '0x12' } } },
      {
        ...record,
        user: { ...record.user, safeAddresses: ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'] },
      },
      { ...record, user: { ...record.user, eoaAddresses: [{ type: 'evm' }] } },
      { ...record, user: { ...record.user, hasPasskey: 'yes' } },
      { ...record, user: { ...record.user, chainId: Number.NaN } },
      { ...record, user: { ...record.user, delegations: { '11155111': 'proxy' } } },
    ]
    for (const value of broken) expect(readSessionRecord(value), JSON.stringify(value)).toBeNull()
  })
})
