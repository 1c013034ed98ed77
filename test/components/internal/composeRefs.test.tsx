import { render } from '@testing-library/react'
import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { composeRefs } from '../../../src/components/internal/composeRefs.ts'

describe('given refs composed into one', () => {
  it('should set and release object refs and callback refs, running React 19 cleanups', () => {
    const objectRef = createRef<HTMLDivElement>()
    const calls: Array<string> = []
    const { unmount } = render(
      <div
        ref={composeRefs<HTMLDivElement>(
          objectRef,
          (node) => void calls.push(node ? 'plain:node' : 'plain:null'),
          (node) => {
            calls.push(node ? 'cleanup:node' : 'cleanup:null')
            return () => void calls.push('cleanup:ran')
          },
          undefined,
        )}
      />,
    )
    expect(objectRef.current).toBeInstanceOf(HTMLDivElement)
    unmount()
    expect(objectRef.current).toBeNull()
    expect(calls).toEqual(['plain:node', 'cleanup:node', 'plain:null', 'cleanup:ran'])
  })
})
