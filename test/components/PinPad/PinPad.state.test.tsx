import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PinPad } from '../../../src/components/PinPad/PinPad.tsx'

const PIN = '975318'

type Fiber = {
  child: Fiber | null
  sibling: Fiber | null
  return: Fiber | null
  memoizedState: unknown
  memoizedProps: unknown
  stateNode: unknown
}

/** Every string reachable from `value` in a few steps, skipping fibers and React elements. */
function stringsIn(value: unknown, depth: number, into: string[], seen: Set<unknown>): void {
  if (typeof value === 'string') into.push(value)
  if (typeof value !== 'object' || value === null || depth === 0 || seen.has(value)) return
  seen.add(value)
  if ('$$typeof' in value || 'stateNode' in value) return
  for (const field of Object.values(value)) stringsIn(field, depth - 1, into, seen)
}

/**
 * What React DevTools would show of the tree: the hook states (useState, useRef, useMemo …, with
 * their update queues) and props of every component rendered into `container`.
 */
function reactStateStrings(container: HTMLElement): string[] {
  const element = container.firstElementChild as (Element & Record<string, unknown>) | null
  const key = element && Object.keys(element).find((name) => name.startsWith('__reactFiber$'))
  let fiber = key ? (element[key] as Fiber) : null
  if (!fiber) throw new Error('no React fiber on the rendered element')
  while (fiber.return) fiber = fiber.return
  // The root's current tree is the one on screen (and in DevTools); a DOM node's own fiber may
  // belong to the work-in-progress copy React keeps for its next render.
  fiber = (fiber.stateNode as { current: Fiber }).current
  const strings: string[] = []
  const seen = new Set<unknown>()
  const visit = (node: Fiber | null) => {
    for (let current = node; current; current = current.sibling) {
      stringsIn(current.memoizedProps, 3, strings, seen)
      for (let hook = current.memoizedState as Record<string, unknown> | null; hook;) {
        stringsIn(hook, 4, strings, seen)
        hook = typeof hook === 'object' && 'next' in hook ? (hook.next as typeof hook) : null
      }
      visit(current.child)
    }
  }
  visit(fiber)
  return strings
}

async function pressDigits(user: ReturnType<typeof userEvent.setup>, digits: string) {
  for (const digit of digits)
    await user.click(screen.getByRole('button', { name: `Digit ${digit}` }))
}

describe('PinPad keeps no PIN in React state once it has handed it over', () => {
  it('the finder sees a PIN being typed (so the checks below can fail)', async () => {
    const user = userEvent.setup()
    const { container } = render(<PinPad />)
    await pressDigits(user, PIN.slice(0, 5))
    expect(reactStateStrings(container)).toContain(PIN.slice(0, 5))
  })

  it('after onComplete', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { container } = render(<PinPad onComplete={onComplete} pending={false} />)
    await pressDigits(user, PIN)
    expect(onComplete.mock.calls).toEqual([[PIN]])
    expect(reactStateStrings(container).filter((text) => text.includes(PIN))).toEqual([])
    // The dots stay filled while the app checks the PIN.
    const slots = container.querySelectorAll('[data-ibex-pinpad-slot]')
    expect([...slots].every((slot) => slot.hasAttribute('data-filled'))).toBe(true)
    expect(screen.getByRole('status')).toHaveTextContent('6 of 6 digits entered')
  })

  it('after onComplete in confirm mode (first entry, second entry)', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { container } = render(<PinPad confirm onComplete={onComplete} />)
    await pressDigits(user, PIN)
    await pressDigits(user, PIN)
    expect(onComplete.mock.calls).toEqual([[PIN]])
    expect(reactStateStrings(container).filter((text) => text.includes(PIN))).toEqual([])
  })

  it('with a Submit key; digits stay refused until Delete starts a new entry', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn()
    const { container } = render(<PinPad submitKey onComplete={onComplete} />)
    await pressDigits(user, PIN)
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    expect(onComplete.mock.calls).toEqual([[PIN]])
    expect(reactStateStrings(container).filter((text) => text.includes(PIN))).toEqual([])
    await pressDigits(user, '4')
    expect(screen.getByRole('status')).toHaveTextContent('6 of 6 digits entered')
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    await pressDigits(user, '4')
    expect(screen.getByRole('status')).toHaveTextContent('1 of 6 digits entered')
  })
})
