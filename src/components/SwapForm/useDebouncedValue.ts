'use client'
import { useEffect, useState } from 'react'

/**
 * `value`, once it has not changed for `delayMs`: a quote is asked for when the user stops
 * typing, not at each key.
 *
 * @example
 * const amount = useDebouncedValue(typed, 500)
 */
export function useDebouncedValue<value>(value: value, delayMs: number): value {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, settled, delayMs])
  return settled
}
