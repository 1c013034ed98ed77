import { readDocgenInfo } from './readDocgenInfo.ts'

// A block tag starts a line: `@example`, `@see`, `@deprecated`…
const BLOCK_TAG = /^(?=@\w+)/m

/**
 * The docs-page description of a component: its JSDoc as Markdown, with each `@example` turned
 * into a code block (docgen keeps tags as plain text, which Markdown would mangle: the JSX of an
 * example is read as HTML).
 *
 * @example
 * const preview = { parameters: { docs: { extractComponentDescription: describeComponent } } }
 */
export function describeComponent(component: unknown): string {
  const [summary = '', ...blocks] = readDocgenInfo(component).description.split(BLOCK_TAG)
  const rendered = blocks.map((block) => {
    const [, tag = '', body = ''] = /^@(\w+)\s*([\s\S]*)$/.exec(block) ?? []
    if (tag === 'example') return `**Example**\n\n\`\`\`tsx\n${body.trim()}\n\`\`\``
    return `**@${tag}** ${body.trim()}`
  })
  return [summary.trim(), ...rendered].filter(Boolean).join('\n\n')
}
