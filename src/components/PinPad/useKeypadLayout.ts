'use client'
import { useState, useSyncExternalStore } from 'react'
import { KEYPAD_DIGITS, shuffledDigits } from '../internal/shuffledDigits.ts'

type Layout = { shuffle: boolean; shuffleKey: unknown; digits: readonly string[] }

function createLayout(shuffle: boolean, shuffleKey: unknown): Layout {
  return { shuffle, shuffleKey, digits: shuffle ? shuffledDigits() : KEYPAD_DIGITS }
}

const subscribeToNothing = () => () => {}
const serverDigits = () => KEYPAD_DIGITS

/**
 * The order of the ten digit keys: the phone order, or a random order that stays put for the
 * life of the pad and changes only when `shuffleKey` changes (or `shuffle` is toggled).
 *
 * @example
 * const digits = useKeypadLayout(shuffle, shuffleKey) // ['1', '2', …, '0'] or shuffled
 */
export function useKeypadLayout(shuffle: boolean, shuffleKey: unknown): readonly string[] {
  const [stored, setStored] = useState(() => createLayout(shuffle, shuffleKey))
  let layout = stored
  if (stored.shuffle !== shuffle || !Object.is(stored.shuffleKey, shuffleKey)) {
    // Adjusting state while rendering (React's pattern for state derived from props): the
    // new order is computed once per change, not on every render.
    layout = createLayout(shuffle, shuffleKey)
    setStored(layout)
  }
  // A random order cannot match between server and client HTML: hydrate with the phone order
  // (the server snapshot), then React re-renders with this client's order.
  return useSyncExternalStore(subscribeToNothing, () => layout.digits, serverDigits)
}
