import { expect } from 'vitest'

/**
 * Runs `run` (sync or async), expects it to throw an instance of `errorClass`, and returns that
 * error for further checks. Fails the test when nothing is thrown.
 *
 * @example
 * const error = await caught(() => validatePin('12'), IbexValidationError)
 */
export async function caught<E extends Error>(
  run: () => unknown,
  errorClass: abstract new (...args: never[]) => E,
): Promise<E> {
  let error: unknown
  try {
    await run()
  } catch (reason) {
    error = reason
  }
  expect(error).toBeInstanceOf(errorClass)
  return error as E
}
