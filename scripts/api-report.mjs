// `npm run api:check` / `npm run api:update`: one API report per entry of package.json
// `exports` (etc/<entry>.api.md), made by @microsoft/api-extractor from the built .d.ts files.
// `check` fails when the public surface differs from the committed report; `update` rewrites
// the reports. A new entry in `exports` gets its report with no change here. Run after
// `npm run build`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'

const mode = process.argv[2]
if (mode !== 'check' && mode !== 'update') {
  console.error('usage: node scripts/api-report.mjs check|update')
  process.exit(2)
}
const root = resolve(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.types)
  .map(([subpath, target]) => ({
    // '.' → 'index', './mock/node' → 'mock-node'
    name: subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-'),
    types: join(root, target.types),
  }))

mkdirSync(join(root, 'etc'), { recursive: true })
const tempDir = join(root, 'node_modules', '.cache', 'api-extractor')
let failed = 0
for (const entry of entries) {
  if (!existsSync(entry.types)) {
    console.error(`${entry.types} is missing: run npm run build first`)
    process.exit(1)
  }
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(root, 'etc', `${entry.name}.api-extractor.json`),
    packageJsonFullPath: join(root, 'package.json'),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.types,
      compiler: { tsconfigFilePath: join(root, 'tsconfig.build.json') },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.name}.api.md`,
        reportFolder: join(root, 'etc'),
        reportTempFolder: tempDir,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // This check is about the surface only: lint, tsc and the JSDoc rules judge the code.
        compilerMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: { default: { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  })
  const result = Extractor.invoke(config, {
    localBuild: mode === 'update',
    showVerboseMessages: false,
    messageCallback: (message) => {
      // Warnings about the code itself are not what this check is for (lint and tsc are).
      if (message.logLevel === 'warning') {
        message.handled = true
        if (process.env.API_REPORT_VERBOSE) console.warn(message.text)
      }
    },
  })
  if (mode === 'check' && result.apiReportChanged) {
    // api-extractor wrote the new report beside the temporary ones: show the difference.
    const fresh = join(tempDir, `${entry.name}.api.md`)
    const diff = spawnSync('git', ['diff', '--no-index', '--', `etc/${entry.name}.api.md`, fresh], {
      cwd: root,
      encoding: 'utf8',
    })
    console.error(diff.stdout)
    console.error(
      `etc/${entry.name}.api.md: the public API of ${entry.name === 'index' ? 'ibex-react' : `ibex-react/${entry.name}`} changed. If that is intended, run npm run api:update and commit etc/.`,
    )
    failed += 1
  } else if (!result.succeeded) {
    console.error(
      `api-extractor failed on ${entry.name} (${result.errorCount} errors, ${result.warningCount} warnings)`,
    )
    failed += 1
  } else {
    console.log(`${mode === 'update' ? 'wrote' : 'checked'} etc/${entry.name}.api.md`)
  }
}
process.exitCode = failed ? 1 : 0
