'use client'
import { useState } from 'react'

/**
 * `value` as it was on the first render with this `key`: what to announce once (the seconds a
 * new code is valid for) while the value itself keeps changing every second.
 *
 * @example
 * const validFor = useFirstValue(expiresAt, secondsLeft) // frozen until expiresAt changes
 */
export function useFirstValue<value>(key: unknown, value: value): value {
  const [first, setFirst] = useState({ key, value })
  if (!Object.is(first.key, key)) {
    // React's pattern for state derived from the previous render: re-renders at once.
    setFirst({ key, value })
    return value
  }
  return first.value
}
