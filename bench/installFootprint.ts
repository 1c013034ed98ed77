// `npm run bench:install`: what `npm install ibex-react` costs a React app. Packs the kit
// (`npm pack`, after `npm run build`), installs it in a scratch app beside react, react-dom and
// @tanstack/react-query (from the npm cache when it has them: `--prefer-offline`), and prints
// the production package count (`npm ls --omit=dev --all`), node_modules size, and which of
// those packages come in through the kit. The scratch app is removed at the end.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BUDGET = 25
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

type LsNode = { version?: string; dependencies?: Record<string, LsNode> }

function run(args: string[], cwd: string): string {
  return execFileSync(npm, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

function sizeOf(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0)
}

/** Every distinct `name@version` in an `npm ls --json --all` tree, and who brought it first. */
function flatten(tree: LsNode, into = new Map<string, string>(), parent = '(app)') {
  for (const [name, node] of Object.entries(tree.dependencies ?? {})) {
    // Optional peers that are not installed (msw, wagmi, ws …) are listed without a version.
    if (node.version === undefined) continue
    const id = `${name}@${node.version}`
    if (into.has(id)) continue
    into.set(id, parent)
    flatten(node, into, parent === '(app)' ? name : parent)
  }
  return into
}

const work = mkdtempSync(join(tmpdir(), 'ibex-install-'))
try {
  run(['run', 'build'], ROOT)
  const packed = JSON.parse(run(['pack', '--json', '--pack-destination', work], ROOT)) as {
    filename: string
    size: number
    unpackedSize: number
  }[]
  const tarball = join(work, packed[0]!.filename)
  const app = join(work, 'app')
  execFileSync('mkdir', ['-p', app])
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'scratch-app',
      private: true,
      dependencies: {
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        '@tanstack/react-query': '^5.60.0',
        'ibex-react': `file:${tarball}`,
      },
    }),
  )
  run(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app)
  const tree = JSON.parse(run(['ls', '--omit=dev', '--all', '--json'], app)) as LsNode
  const packages = flatten(tree)
  const viaKit = [...packages].filter(([, root]) => root === 'ibex-react').map(([id]) => id)
  const total = packages.size
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

  console.log(
    'Install footprint of a scratch app: react, react-dom, @tanstack/react-query + ibex-react',
  )
  console.log('')
  console.log('| measure | value |')
  console.log('| --- | --- |')
  console.log(`| packages (\`npm ls --omit=dev --all\`) | ${total} (budget ${BUDGET}) |`)
  console.log(`| node_modules size | ${mb(sizeOf(join(app, 'node_modules')))} |`)
  console.log(
    `| ibex-react tarball (packed / unpacked) | ${mb(packed[0]!.size)} / ${mb(packed[0]!.unpackedSize)} |`,
  )
  console.log('')
  console.log(`Brought in by ibex-react (${viaKit.length}): ${viaKit.sort().join(', ')}`)
  console.log(`All: ${[...packages.keys()].sort().join(', ')}`)
  if (total > BUDGET) {
    console.log(`\nOver budget: ${total} > ${BUDGET} packages.`)
    process.exitCode = 1
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
