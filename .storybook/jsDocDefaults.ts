import type { Preview } from '@storybook/react-vite'
import { readDocgenInfo } from './readDocgenInfo.ts'

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number]

/**
 * Fills the Default column of the props table from each prop's JSDoc `@default`: react-docgen
 * only sees defaults written in the parameter list, and our components destructure in the body.
 *
 * @example
 * const preview = { argTypesEnhancers: [jsDocDefaults] } satisfies Preview
 */
export const jsDocDefaults: ArgTypesEnhancer = (context) => {
  const { props } = readDocgenInfo(context.component)
  const argTypes = { ...context.argTypes }
  for (const [name, argType] of Object.entries(argTypes)) {
    if (argType.table?.defaultValue) continue
    const summary = /^@default\s+(.+)$/m.exec(props[name]?.description ?? '')?.[1]
    if (summary)
      argTypes[name] = { ...argType, table: { ...argType.table, defaultValue: { summary } } }
  }
  return argTypes
}
