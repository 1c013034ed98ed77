'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

/** Parameters of {@link useControllableState}. */
export interface UseControllableStateParameters<value> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop: value | undefined
  /** The initial value when uncontrolled. */
  defaultProp: value
  /** Called with the new value whenever it changes, controlled or not. */
  onChange?: ((value: value) => void) | undefined
  /** Component name used in the development warning. */
  caller: string
}

/**
 * State that a component owns unless its parent passes `prop` (controlled use).
 * `onChange` fires only for real changes. In development, switching between controlled and
 * uncontrolled logs a warning, as React does for inputs. `value` must not be a function.
 *
 * @example
 * const [pin, setPin] = useControllableState({ prop: value, defaultProp: defaultValue ?? '', onChange: onValueChange, caller: 'PinPad' })
 */
export function useControllableState<value>({
  prop,
  defaultProp,
  onChange,
  caller,
}: UseControllableStateParameters<value>): [value, (next: value) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp)
  const isControlled = prop !== undefined
  const current = isControlled ? prop : uncontrolled

  const wasControlled = useRef(isControlled)
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return
    if (wasControlled.current !== isControlled) {
      const from = wasControlled.current ? 'controlled' : 'uncontrolled'
      const to = isControlled ? 'controlled' : 'uncontrolled'
      console.warn(
        `${caller} is changing from ${from} to ${to}. Keep \`value\` either always defined (controlled) or always undefined (uncontrolled, with \`defaultValue\`) for the life of the component.`,
      )
    }
    wasControlled.current = isControlled
  }, [isControlled, caller])

  const setValue = useCallback(
    (next: value) => {
      if (!isControlled) setUncontrolled(next)
      if (!Object.is(next, current)) onChange?.(next)
    },
    [isControlled, current, onChange],
  )

  return [current, setValue]
}
