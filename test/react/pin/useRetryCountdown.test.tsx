import { act, renderHook } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { useRetryCountdown } from '../../../src/react/hooks/useRetryCountdown.ts'

afterEach(() => {
  vi.useRealTimers()
})

function Countdown({ retryAt }: { retryAt: number }) {
  return <span>{useRetryCountdown(retryAt)}</span>
}

describe('useRetryCountdown', () => {
  test('is 0 without a retryAt or once it has passed', () => {
    const { result, rerender } = renderHook(
      (retryAt?: number | null) => useRetryCountdown(retryAt),
      {
        initialProps: undefined,
      },
    )
    expect(result.current).toBe(0)
    rerender(null)
    expect(result.current).toBe(0)
    rerender(Date.now() - 5_000)
    expect(result.current).toBe(0)
  })

  test('counts whole seconds down, re-rendering once per second, and stops its timer at 0', () => {
    vi.useFakeTimers()
    const retryAt = Date.now() + 2_500
    let renders = 0
    const { result } = renderHook(() => {
      renders++
      return useRetryCountdown(retryAt)
    })
    expect(result.current).toBe(3)
    const rendersAtStart = renders

    const seen: number[] = [result.current]
    for (let elapsed = 0; elapsed < 4_000; elapsed += 100) {
      act(() => vi.advanceTimersByTime(100))
      if (seen[seen.length - 1] !== result.current) seen.push(result.current)
    }
    expect(seen).toEqual([3, 2, 1, 0])
    // One render per change of the number, none in between.
    expect(renders - rendersAtStart).toBe(3)
    expect(vi.getTimerCount()).toBe(0)
  })

  test('follows a new retryAt', () => {
    vi.useFakeTimers()
    const { result, rerender } = renderHook((retryAt: number) => useRetryCountdown(retryAt), {
      initialProps: Date.now() + 1_000,
    })
    expect(result.current).toBe(1)
    rerender(Date.now() + 8_000)
    expect(result.current).toBe(8)
    act(() => vi.advanceTimersByTime(1_000))
    expect(result.current).toBe(7)
  })

  test('renders 0 on the server and starts no timer there', () => {
    vi.useFakeTimers()
    const html = renderToString(<Countdown retryAt={Date.now() + 5_000} />)
    expect(html).toBe('<span>0</span>')
    expect(vi.getTimerCount()).toBe(0)
  })
})
