import { IbexValidationError } from '../errors/IbexValidationError.ts'

/** Argon2id parameters as IBEx sends them (`kdf` of the KDF materials, the base of `backupKdf`). */
export type KdfParams = {
  algo: 'argon2id'
  /** KiB (65536 = 64 MiB). */
  memory: number
  iterations: number
  parallelism: number
}

/**
 * The range the kit accepts for server-sent Argon2id parameters. A PIN has about a million
 * values and the derived address is public, so Argon2id's cost is all that stands between a
 * signature and the PIN: a server (or anyone able to alter its answer) sending a weak cost would
 * make the PIN trivial to brute-force offline, hence the floors. The ceilings stop an answer from
 * freezing or crashing the tab (WASM memory, phones) before the user can cancel.
 */
export const KDF_PARAMS_BOUNDS = {
  /** 8 MiB .. 1 GiB, in KiB. 1 GiB is already beyond what many phones grant a tab. */
  memory: { min: 8 * 1024, max: 1024 * 1024 },
  /** One pass is the Argon2 minimum; ten passes at 64 MiB already take several seconds on a phone. */
  iterations: { min: 1, max: 10 },
  /** The kit computes lanes one after another, so lanes buy no speed, only cost. */
  parallelism: { min: 1, max: 4 },
} as const

/**
 * Accepted salt lengths in bytes: Argon2's minimum is 8; the kit makes 16; 64 is plenty.
 */
export const KDF_SALT_BOUNDS = { min: 8, max: 64 } as const

type NumericKey = keyof typeof KDF_PARAMS_BOUNDS

/**
 * Checks server-sent Argon2id parameters before any work: `algo` must be `argon2id` and each
 * number an integer within {@link KDF_PARAMS_BOUNDS}. Throws an `IbexValidationError`
 * (`validation/kdf-unsupported`, `validation/kdf-out-of-range` or `validation/kdf-malformed`)
 * whose `field` names the member, prefixed by `field` (`kdf.memory`, `backupKdf.iterations`).
 *
 * @param value - The `kdf` object from the server, unchecked.
 * @param field - Name of that object in the server's answer, for error messages.
 * @returns The same parameters, typed.
 * @example
 * const kdf = validateKdfParams(materials.kdf) // { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 }
 */
export function validateKdfParams(value: unknown, field = 'kdf'): KdfParams {
  if (typeof value !== 'object' || value === null) {
    throw new IbexValidationError({
      code: 'validation/kdf-malformed',
      field,
      message: `\`${field}\` must be an object of Argon2id parameters.`,
    })
  }
  const record = value as Record<string, unknown>
  if (record.algo !== 'argon2id') {
    throw new IbexValidationError({
      code: 'validation/kdf-unsupported',
      field: `${field}.algo`,
      message: `\`${field}.algo\` must be "argon2id"; the kit derives keys with Argon2id only.`,
      details: `received ${JSON.stringify(record.algo)}`,
    })
  }
  const numbers = {} as Record<NumericKey, number>
  for (const key of Object.keys(KDF_PARAMS_BOUNDS) as NumericKey[]) {
    const { min, max } = KDF_PARAMS_BOUNDS[key]
    const number = record[key]
    if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
      throw new IbexValidationError({
        code: 'validation/kdf-out-of-range',
        field: `${field}.${key}`,
        message: `\`${field}.${key}\` must be an integer from ${min} to ${max}; refusing to derive a key with it.`,
        details: `received ${JSON.stringify(number)}`,
      })
    }
    numbers[key] = number
  }
  return { algo: 'argon2id', ...numbers }
}
