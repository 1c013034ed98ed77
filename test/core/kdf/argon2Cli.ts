import { execFileSync } from 'node:child_process'

/**
 * Runs the reference `argon2` CLI (Debian package `argon2`) as Argon2id, version 0x13, and returns
 * its raw tag in hex, or `undefined` when the CLI is not installed (the live cross-checks then
 * warn instead of failing). The password goes through stdin; the salt is a command-line string.
 *
 * @example
 * const hex = argon2Cli('pin 2468', 'ibex-kat-salt-02', { memory: 65536, iterations: 3, parallelism: 1 })
 */
export function argon2Cli(
  password: string,
  salt: string,
  params: { memory: number; iterations: number; parallelism: number },
): string | undefined {
  try {
    execFileSync('argon2', ['-h'], { stdio: 'ignore' })
  } catch (error) {
    // `argon2 -h` exits 1 after printing its usage: present. Only ENOENT means missing.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.warn('argon2 CLI not on PATH: the live cross-check did not run.')
      return undefined
    }
  }
  const { memory, iterations, parallelism } = params
  const args = ['-id', '-t', String(iterations), '-k', String(memory), '-p', String(parallelism)]
  return execFileSync('argon2', [salt, ...args, '-l', '32', '-r'], { input: password })
    .toString()
    .trim()
}
