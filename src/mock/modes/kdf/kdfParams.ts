/** Argon2id parameters IBEx returns for the PIN mode (docs/protocol.md; memory in KiB). */
export const kdfParams = { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 } as const

/** Versions of the salt and of {@link kdfParams} the mock issues. */
export const kdfVersions = { saltVersion: 1, kdfParamsVersion: 1 } as const
