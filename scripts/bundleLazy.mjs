// Second step of `npm run build` (after tsc): pre-bundles the code the kit loads on demand into a
// few coarse modules, dist/lazy/<family>.js, one per family of features (passkey sign-in, PIN
// sign-in, balances, operations, realtime, …).
//
// Why: tsc emits one file per source module, and the kit reaches its ceremonies, parsers, schemas
// and operations through ~70 dynamic `import()` targets. An app's bundler (Rolldown in Vite,
// Rollup, webpack) makes one chunk per distinct set of dynamic entries that reach a module, so
// every small module that two lazy targets share (a schema, a helper) became a chunk of its own:
// a passkey sign-in fetched 20+ files of 0.1–1 kB each, and gzip, applied file by file, saved
// less. Here each family is one self-contained ES module: the app's bundler sees one dynamic
// entry per family and has nothing left to split inside it.
//
// Self-contained means a stateless module that two families use is copied into both (an app
// that loads both downloads it twice; a journey loads few families). A copy is only made when it
// cannot be told apart from the original: no class (errors are checked with `instanceof`), no
// module-level state (let, var, a WeakMap, a Map, Set, object or array that is written to, a
// Symbol), nothing from React. Such modules, when several families use them, stay one shared per-file module.
//
// What else stays one file per module (dist/<path>.js, as tsc wrote it):
// - the eager graph, what the public browser entries (root, components, wagmi) import
//   statically, so that an app's bundler still tree-shakes it export by export. Of it, lazy code
//   gets copies of the stateless core/ and query/ modules outside IbexProvider's own graph: root
//   exports (useProvisionSafe, useAddIban, …) import passkey and schema pieces statically, but an
//   app that does not use those reaches them only lazily, where one shared per-file module would
//   be a chunk of its own again;
// - 'use client' lazy targets (components/SignIn/PinMethod, EmailMethod) and what they import:
//   a bundle would drop the directive that Next.js reads on the file;
// - modules that use `import.meta.url` and what they reach, the signer worker among them
//   (`new URL('./signerWorker.js', import.meta.url)` in core/kdf/signerWorkerPool): the app's
//   bundler must find the worker file next to that expression to build the worker from it.
//
// Each family's entry keeps the original export names, and every remaining dist file that
// imported a bundled module (the eager code's `import()`s, the core/mock/testing entries) is
// rewritten to import the family's entry instead; the bundled per-module .js files are removed
// (their .d.ts stay: types are unchanged). The result is checked: no bundle of a passkey-only
// journey holds PIN, email or EIP-7702 code, every relative import in dist resolves, and every
// public entry bundles without a missing export.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { rolldown } from 'rolldown'

// Which family each lazy target belongs to, first match wins (paths relative to dist/, no .js).
// Families that a journey loads together share a bundle; code that one kind of app must never
// download (PIN, email, EIP-7702 for a passkey-only app; sign-up for a sign-in-only button) gets
// a family of its own. A lazy target no rule names gets a bundle of its own (and a warning).
const FAMILIES = [
  ['passkey-sign-in', /ceremonies\/passkeys\/signIn/],
  ['passkey-sign-up', /ceremonies\/passkeys\/signUp/],
  // Sign-in, sign-up and the operation signer of a mode apart: a signed-up user signs in, and
  // only a transfer needs the signer (and viem with it).
  ['pin-sign-in', /ceremonies\/kdf\/signIn/],
  ['pin-sign-up', /ceremonies\/kdf\/signUp/],
  ['pin-signer', /operations\/pinOperationSigner$/],
  // One ceremony for both, as the server decides whether the email is new.
  ['email', /ceremonies\/email\//],
  // The email OTP for signing (with its email challenge schema) goes with the email signer.
  ['email-signer', /operations\/(emailOperationSigner|requestSigningCode)$/],
  ['wallet-sign-in', /ceremonies\/eip7702\/signIn/],
  ['wallet-sign-up', /ceremonies\/eip7702\/signUp/],
  ['wallet-signer', /operations\/walletOperationSigner$/],
  ['balances', /query\/signInSeedBalances$|parse\/parseBalances$/],
  // Loaded once balances are on screen; holds copies of the parsers it applies to live events.
  ['realtime', /realtime\/createRealtimeClient$|query\/syncRealtimeCache$/],
  // A transfer's pipeline; every other kind of operation adds its checks on first use.
  ['operations', /operations\/runOperation$|schemas\/operationStatusSchema$/],
  ['batch', /operations\/runBatch$|schemas\/batchStatusSchema$/],
  [
    'operation-kinds',
    /operations\/(quoteSwap|swapDraft|vaultDraft|hyperliquidDraft|recoveryDraft|routeDraft|signMessageDraft)$/,
  ],
  ['defi', /parse\/(parseVaults|parseLendingPositions|parsePoolPositions)$/],
  ['sepa', /schemas\/(sepa|iban|mandate|userIbans)/],
  ['routes', /schemas\/route/],
  ['verification', /actions\/verification\/|schemas\/(kycStatus|verificationSent)Schema$/],
  [
    'activity',
    /query\/signInSeedTransactions$|parse\/(parseTransactionsPage|parseOperationsHistory)$/,
  ],
  ['profile', /query\/signInSeedUserData$|parse\/(parseUserData|parseAddresses)$/],
  [
    'account',
    /parse\/(parseChains|parseTokens)$|schemas\/(provisionedSafe|derivedWallets|recoveryStatus|addressBookResponse|contactResponse|signersResponse|userChainsResponse|userDataWriteResponse)Schema$|actions\/automation\//,
  ],
  ['tabs', /tabs\/createBroadcastLock$/],
]

// What a bundle must not hold, checked on every build: the families a passkey-only app loads
// hold no PIN, email or EIP-7702 code, and what a sign-in-only button preloads no sign-up code.
const MUST_NOT_HOLD = [
  [
    /^(passkey-sign-in|balances|realtime|operations|batch|activity|profile|tabs)$/,
    /ceremonies\/(kdf|email|eip7702)|\/kdf\/|\/email\/|schemas\/(kdf|email|eip7702|pin)|signerWorker|(pin|email|wallet)OperationSigner/i,
  ],
  [
    /^passkey-sign-in$/,
    /ceremonies\/passkeys\/signUp|createPasskeyCredential|passkeySignUpChallengeSchema|getSignUpChallenge|submitSignUp/,
  ],
]

// The browser entries whose static graph stays per-file (and tree-shakeable).
const EAGER_ENTRIES = ['index', 'components', 'wagmi']
// Loaded by every app that renders <IbexProvider>: a copy in a lazy bundle would only add bytes.
const ALWAYS_LOADED = ['react/IbexProvider.js']

const STATIC_IMPORT =
  /(?:^|\n)[ \t]*(?:import|export)\s[^;]*?from\s*(["'])(\.{1,2}\/[^"']+)\1|(?:^|\n)[ \t]*import\s*(["'])(\.{1,2}\/[^"']+)\3/g
const WORKER_URL = /new URL\(\s*(["'])(\.{1,2}\/[^"']+\.js)\1\s*,\s*import\.meta\.url\s*\)/g
const DYNAMIC_IMPORT = /(?<![.\w$])import\(\s*(["'])(\.{1,2}\/[^"']+\.js)\1\s*\)/g
// Whether a copy of the module would not be the same thing as the original: a class (errors are
// checked with `instanceof`), module-level state (let, var, a WeakMap, a Map/Set that is written
// to, an object or array literal that is written to), a Symbol, a React context or anything else
// from React.
function hasIdentity(code) {
  if (
    /^(?:export )?(?:let|var|class|abstract class) |Symbol(?:\.for)?\(|createContext\(|from ["']react["']/m.test(
      code,
    )
  )
    return true
  const written = (name, methods) =>
    new RegExp(
      `\\b${name}\\.(?:${methods})\\(|\\b${name}(?:\\.[\\w$]+|\\[[^\\]]+\\])\\s*(?:[-+*/%&|^]|\\?\\?|&&|\\|\\|)?=(?!=)|\\bdelete\\s+${name}\\b|Object\\.assign\\(\\s*${name}\\b`,
    ).test(code)
  return (
    [...code.matchAll(/^(?:export )?const (\w+) = new (Weak)?(?:Map|Set)\b/gm)].some(
      ([, name, weak]) => weak || written(name, 'add|set|delete|clear'),
    ) ||
    [...code.matchAll(/^(?:export )?const (\w+) = [[{]/gm)].some(([, name]) =>
      written(name, 'push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin'),
    )
  )
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.js') ? [path] : []
  })

/**
 * Pre-bundles dist/'s lazily loaded modules into dist/lazy/<family>.js (see the file's header).
 *
 * @example
 * await bundleLazy(resolve('dist'))
 */
export async function bundleLazy(dist) {
  const graph = new Map()
  for (const file of walk(dist)) {
    const code = readFileSync(file, 'utf8')
    graph.set(file, {
      code,
      // A worker script named by `new URL(…, import.meta.url)` counts as a static import: it and
      // all it imports stay per-file, for the app's bundler to build the worker from them.
      static: [...code.matchAll(STATIC_IMPORT), ...code.matchAll(WORKER_URL)].map((m) =>
        resolve(dirname(file), m[2] ?? m[4]),
      ),
      dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(file), m[2])),
      pinned: /^\s*["']use client["']/.test(code) || code.includes('import.meta.url'),
      identity: hasIdentity(code),
    })
  }
  const rel = (file) => relative(dist, file).split(sep).join('/').replace(/\.js$/, '')
  const closure = (roots, stop = new Set()) => {
    const seen = new Set()
    const queue = [...roots]
    while (queue.length > 0) {
      const file = queue.pop()
      if (seen.has(file) || stop.has(file)) continue
      seen.add(file)
      queue.push(...(graph.get(file)?.static ?? []))
    }
    return seen
  }

  // Kept per-file: the eager graph, then pinned lazy targets with all they reach.
  const eager = closure(EAGER_ENTRIES.map((name) => join(dist, 'exports', `${name}.js`)))
  const kept = new Set(eager)
  for (const [file, { code }] of graph)
    if (code.includes('import.meta.url')) for (const reached of closure([file])) kept.add(reached)
  const targets = new Set()
  let frontier = [...eager]
  while (frontier.length > 0) {
    const next = []
    for (const file of frontier)
      for (const target of graph.get(file)?.dynamic ?? []) {
        if (kept.has(target) || targets.has(target)) continue
        if (!graph.has(target)) throw new Error(`${rel(file)} imports a missing ${target}`)
        if (graph.get(target).pinned) {
          for (const reached of closure([target])) kept.add(reached)
        } else targets.add(target)
        next.push(...closure([target]))
      }
    frontier = next
  }
  for (const target of targets) if (kept.has(target)) targets.delete(target)

  const familyOf = new Map()
  for (const target of targets) {
    const rule = FAMILIES.find(([, test]) => test.test(rel(target)))
    if (!rule)
      console.warn(`bundleLazy: no family for the lazy target ${rel(target)}; bundled on its own`)
    familyOf.set(target, rule ? rule[0] : rel(target).replaceAll('/', '-'))
  }
  const familyTargets = new Map()
  for (const [target, family] of familyOf)
    familyTargets.set(family, [...(familyTargets.get(family) ?? []), target])

  // Eager modules that lazy code imports and that can be copied into a bundle.
  const alwaysLoaded = closure(ALWAYS_LOADED.map((path) => join(dist, path)))
  const copyable = (file) =>
    !alwaysLoaded.has(file) &&
    !graph.get(file).identity &&
    !graph.get(file).pinned &&
    /^(core|query)\//.test(rel(file))
  // What each family's bundle holds: its targets and what they import, except per-file modules.
  // Each bundle is self-contained: a module two families use is in both (an app that loads
  // both downloads it twice, but every journey loads few files), unless a copy would not be the
  // same thing as the original — then it stays one shared per-file module.
  let members
  for (;;) {
    members = new Map()
    for (const [family, roots] of familyTargets) {
      const held = new Set()
      const queue = [...roots]
      while (queue.length > 0) {
        const file = queue.pop()
        if (held.has(file)) continue
        held.add(file)
        for (const dep of graph.get(file).static)
          if (!kept.has(dep) || (eager.has(dep) && copyable(dep))) queue.push(dep)
      }
      members.set(family, held)
    }
    const count = new Map()
    for (const held of members.values())
      for (const file of held) count.set(file, (count.get(file) ?? 0) + 1)
    const shared = [...count].filter(
      ([file, n]) => n > 1 && !kept.has(file) && graph.get(file).identity,
    )
    if (shared.length === 0) break
    for (const [file] of shared) for (const reached of closure([file], kept)) kept.add(reached)
    for (const target of targets) if (kept.has(target)) targets.delete(target)
    for (const [family, roots] of familyTargets) {
      const left = roots.filter((target) => targets.has(target))
      if (left.length > 0) familyTargets.set(family, left)
      else familyTargets.delete(family)
    }
  }
  for (const [family, held] of members)
    for (const [families, forbidden] of MUST_NOT_HOLD)
      for (const file of held)
        if (families.test(family) && forbidden.test(rel(file)))
          throw new Error(`bundleLazy: the ${family} bundle would hold ${rel(file)}`)
  const bundled = new Set([...members.values()].flatMap((held) => [...held]))
  // Moved: bundled and no longer needed per-file (not part of the eager or pinned graph).
  const moved = new Set([...bundled].filter((file) => !kept.has(file)))

  // Moved modules that files outside the bundles import statically (the core, mock and testing
  // entries) are exported by the entry of a family that holds them.
  const outside = [...graph.keys()].filter((file) => !moved.has(file))
  const exportedBy = new Map([...targets].map((target) => [target, familyOf.get(target)]))
  for (const file of outside)
    for (const dep of graph.get(file).static)
      if (moved.has(dep) && !exportedBy.has(dep))
        exportedBy.set(dep, [...members].find(([, held]) => held.has(dep))[0])

  // The export names of each module a family entry re-exports, read from a bundle of each alone.
  const probe = await rolldown({
    input: Object.fromEntries([...exportedBy.keys()].map((file) => [rel(file), file])),
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    preserveEntrySignatures: 'strict',
    logLevel: 'silent',
  })
  const probed = await probe.generate({ format: 'es' })
  await probe.close()
  const exportsOf = new Map()
  for (const chunk of probed.output)
    if (chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId)
      exportsOf.set(chunk.facadeModuleId, chunk.exports)

  const families = new Map([...members.keys()].map((family) => [family, new Map()]))
  for (const [file, family] of exportedBy) {
    const entry = families.get(family)
    for (const name of exportsOf.get(file) ?? [])
      if (entry.has(name))
        throw new Error(
          `bundleLazy: ${rel(file)} and ${rel(entry.get(name))} both export "${name}" in the ${family} bundle; give one a family of its own`,
        )
      else entry.set(name, file)
  }

  const lazyDir = join(dist, 'lazy')
  const FAMILY = '\0lazy-family:'
  for (const [family, exported] of families) {
    const held = members.get(family)
    const bundle = await rolldown({
      input: { [family]: FAMILY + family },
      preserveEntrySignatures: 'strict',
      logLevel: 'warn',
      plugins: [
        {
          name: 'lazy-family',
          resolveId(source, importer) {
            if (source.startsWith(FAMILY)) return source
            if (!source.startsWith('.') && !source.startsWith('/'))
              return { id: source, external: true }
            const file = resolve(importer ? dirname(importer) : dist, source)
            if (held.has(file)) return file
            // The bundle is written to dist/lazy/, so that is where relative paths start.
            const path = relative(lazyDir, file).split(sep).join('/')
            return { id: path.startsWith('.') ? path : `./${path}`, external: true }
          },
          // A bundled module's import() of a lazy target loads that target's family.
          resolveDynamicImport(source, importer) {
            if (!importer || !source.startsWith('.')) return null
            const file = resolve(dirname(importer), source)
            if (targets.has(file)) return { id: `./${familyOf.get(file)}.js`, external: true }
            if (held.has(file) || !graph.has(file)) return null
            const path = relative(lazyDir, file).split(sep).join('/')
            return { id: path, external: true }
          },
          load(id) {
            // tsc's source map comes along, so the bundle's map leads to src/ as the files did.
            if (!id.startsWith(FAMILY))
              return existsSync(`${id}.map`)
                ? { code: graph.get(id).code, map: readFileSync(`${id}.map`, 'utf8') }
                : null
            const byFile = new Map()
            for (const [name, file] of exported)
              byFile.set(file, [...(byFile.get(file) ?? []), name])
            return [...byFile]
              .map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(file)}`)
              .join('\n')
          },
        },
      ],
    })
    const { output } = await bundle.write({
      dir: lazyDir,
      format: 'es',
      entryFileNames: '[name].js',
      sourcemap: true,
    })
    await bundle.close()
    const chunks = output.filter((file) => file.type === 'chunk')
    if (chunks.length !== 1)
      throw new Error(`bundleLazy: the ${family} bundle split into ${chunks.length} files`)
  }

  // Point every remaining file at the family entries, then drop the moved per-module files.
  const entryOf = (family) => join(lazyDir, `${family}.js`)
  for (const file of outside) {
    const { code } = graph.get(file)
    let changed = false
    const rewrite = (match, quote, specifier) => {
      const target = resolve(dirname(file), specifier)
      if (!moved.has(target)) return match
      const family = exportedBy.get(target)
      if (!family)
        throw new Error(`bundleLazy: ${rel(file)} imports ${rel(target)}, which no bundle exports`)
      let path = relative(dirname(file), entryOf(family)).split(sep).join('/')
      if (!path.startsWith('.')) path = `./${path}`
      changed = true
      return match.replace(`${quote}${specifier}${quote}`, `${quote}${path}${quote}`)
    }
    const next = code
      .replace(STATIC_IMPORT, (match, q1, s1, q2, s2) => rewrite(match, q1 ?? q2, s1 ?? s2))
      .replace(DYNAMIC_IMPORT, rewrite)
    if (changed) writeFileSync(file, next)
  }
  for (const file of moved) {
    rmSync(file)
    rmSync(`${file}.map`, { force: true })
  }

  await check(dist)
  return {
    families: [...families.keys()],
    moved: moved.size,
    copied: [...bundled].filter((file) => kept.has(file)).map(rel),
  }
}

// Every relative import in dist/ names a file that exists, and every public entry bundles with
// all its imported names found.
async function check(dist) {
  for (const file of walk(dist)) {
    const code = readFileSync(file, 'utf8')
    for (const m of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]) {
      const specifier = m[2] ?? m[4]
      if (!existsSync(resolve(dirname(file), specifier)))
        throw new Error(
          `bundleLazy: ${relative(dist, file)} imports ${specifier}, which is missing`,
        )
    }
  }
  const entries = readdirSync(join(dist, 'exports')).filter((name) => name.endsWith('.js'))
  const probe = await rolldown({
    input: entries.map((name) => join(dist, 'exports', name)),
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    logLevel: 'silent',
    onLog(level, log) {
      if (level === 'warn' && /MISSING_EXPORT|UNRESOLVED/.test(log.code ?? ''))
        throw new Error(`bundleLazy: ${log.message}`)
    },
  })
  await probe.generate({ format: 'es' })
  await probe.close()
}
