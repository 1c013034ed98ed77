import { isRecord } from '../parse/isRecord.ts'
import { isHexAddress } from '../utils/isHexAddress.ts'
import type { IbexSessionRecord, IbexSessionUser } from './IbexSessionRecord.ts'

const isText = (value: unknown): value is string => typeof value === 'string'
const isFilled = (value: unknown): value is string => typeof value === 'string' && value !== ''
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && !Number.isNaN(value)
const isFlag = (value: unknown): value is boolean => typeof value === 'boolean'
const optional = <T>(value: unknown, is: (value: unknown) => value is T): value is T | undefined =>
  value === undefined || is(value)

function readUser(value: unknown): IbexSessionUser | null {
  if (!isRecord(value)) return null
  const { externalUserId, authMethod, safeAddresses, eoaAddress, eoaAddresses } = value
  const { chainId, hasPasskey, prfCapable, publicKey, walletMode, delegations } = value
  if (
    !isFilled(externalUserId) ||
    !isText(authMethod) ||
    !isRecord(safeAddresses) ||
    !Object.values(safeAddresses).every(isHexAddress) ||
    !optional(eoaAddress, isHexAddress) ||
    !(
      eoaAddresses === undefined ||
      (Array.isArray(eoaAddresses) &&
        eoaAddresses.every(
          (entry) => isRecord(entry) && isText(entry.type) && isText(entry.address),
        ))
    ) ||
    !isNumber(chainId) ||
    !isFlag(hasPasskey) ||
    !isFlag(prfCapable) ||
    !optional(publicKey, isText) ||
    !optional(walletMode, isText) ||
    !(
      delegations === undefined ||
      (isRecord(delegations) && Object.values(delegations).every(isHexAddress))
    )
  ) {
    return null
  }
  return {
    externalUserId,
    authMethod,
    safeAddresses: { ...(safeAddresses as IbexSessionUser['safeAddresses']) },
    ...(eoaAddress === undefined ? {} : { eoaAddress }),
    ...(eoaAddresses === undefined
      ? {}
      : {
          eoaAddresses: (eoaAddresses as Record<string, unknown>[]).map((entry) => ({
            type: entry.type as string,
            address: entry.address as string,
          })),
        }),
    chainId,
    hasPasskey,
    prfCapable,
    ...(publicKey === undefined ? {} : { publicKey }),
    ...(walletMode === undefined ? {} : { walletMode }),
    ...(delegations === undefined
      ? {}
      : { delegations: { ...(delegations as NonNullable<IbexSessionUser['delegations']>) } }),
  }
}

/**
 * Checks a stored or relayed session (the kit's own format, from storage or another tab) before
 * it is trusted, and returns a copy with only the known fields, or `null` when anything is off:
 * a value written by an older kit, another app or a person is then simply not used. A plain
 * check rather than a schema: it runs at every page load, and keeping it small keeps the schema
 * library out of the initial bundle (IBEx's answers are checked with schemas, loaded with them).
 *
 * @param value - A parsed JSON value.
 * @returns The record, or `null`.
 * @example
 * const record = readSessionRecord(JSON.parse(localStorage.getItem(key) ?? 'null'))
 */
export function readSessionRecord(value: unknown): IbexSessionRecord | null {
  if (!isRecord(value)) return null
  const { v, accessToken, refreshToken, expiresAt, issuedAt, refreshExpiresAt } = value
  const user = readUser(value.user)
  if (
    v !== 1 ||
    !isFilled(accessToken) ||
    !isFilled(refreshToken) ||
    !isNumber(expiresAt) ||
    !isNumber(issuedAt) ||
    !optional(refreshExpiresAt, isNumber) ||
    !user
  ) {
    return null
  }
  return {
    v,
    accessToken,
    refreshToken,
    expiresAt,
    issuedAt,
    ...(refreshExpiresAt === undefined ? {} : { refreshExpiresAt }),
    user,
  }
}
