import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useControllableState } from '../../../src/components/internal/useControllableState.ts'

describe('given an uncontrolled state', () => {
  it('should start from defaultProp, keep changes and report only real ones', () => {
    const onChange = vi.fn()
    const { result } = renderHook(() =>
      useControllableState({ prop: undefined, defaultProp: 'a', onChange, caller: 'Test' }),
    )
    expect(result.current[0]).toBe('a')
    act(() => result.current[1]('b'))
    expect(result.current[0]).toBe('b')
    act(() => result.current[1]('b'))
    expect(onChange.mock.calls).toEqual([['b']])
  })
})

describe('given a controlled state', () => {
  it('should show prop, ignore defaultProp and leave changes to the parent', () => {
    const onChange = vi.fn()
    const { result, rerender } = renderHook(
      ({ prop }) => useControllableState({ prop, defaultProp: 'x', onChange, caller: 'Test' }),
      { initialProps: { prop: 'a' } },
    )
    expect(result.current[0]).toBe('a')
    act(() => result.current[1]('b'))
    expect(onChange).toHaveBeenCalledWith('b')
    expect(result.current[0]).toBe('a')
    rerender({ prop: 'b' })
    expect(result.current[0]).toBe('b')
  })

  it('should warn once when it becomes uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = renderHook(
      ({ prop }: { prop: string | undefined }) =>
        useControllableState({ prop, defaultProp: '', caller: 'OtpInput' }),
      { initialProps: { prop: 'a' as string | undefined } },
    )
    expect(warn).not.toHaveBeenCalled()
    rerender({ prop: undefined })
    rerender({ prop: undefined })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(/^OtpInput is changing from controlled to uncontrolled/)
  })
})
