/**
 * Start-up cache: V8 code for every module a command runs, and where each `require` resolved to, recorded by
 * `npm run build` (scripts/warm-cache.ts) and read at each start. A cold `actplot` spends a large share of its
 * time compiling chart.js, commander and our modules and searching node_modules; with the cache, V8 takes
 * the compiled functions as they were after a real run (lazily compiled ones included) and the searches
 * are skipped.
 *
 * Safe by construction: the whole cache is ignored unless Node, V8 and the installed packages are the ones
 * it was recorded with, and a module's code is used only if its file has the recorded size and time.
 * Anything missing or unreadable means a normal start.
 *
 * An installed package has no cache of its own (the build makes it, and an install folder may not be
 * writable): its first start records one into the user's cache folder (XDG_CACHE_HOME, else ~/.cache), and
 * later starts use that.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Module = require('node:module');
import * as vm from 'node:vm';

/** One cache per kind of start, each holding only the code that kind runs (smaller caches load faster). */
export type StartKind = 'plot' | 'render';
export const cacheFile = (kind: StartKind) => path.join(__dirname, '..', '..', `.startup-cache-${kind}`);
const ROOT = path.join(__dirname, '..', '..', '..');
/**
 * Where this package and its dependencies are: the package itself in a clone (node_modules inside it), the
 * node_modules folder holding it when installed as a dependency (its dependencies hoisted beside it).
 */
const INSTALL = installRoot(ROOT);
function installRoot(root: string): string {
  const parent = path.dirname(root);
  if (path.basename(parent) === 'node_modules') return parent;
  if (path.basename(path.dirname(parent)) === 'node_modules' && path.basename(parent).startsWith('@')) {
    return path.dirname(parent);
  }
  return root;
}
/**
 * npm rewrites a .package-lock.json whenever node_modules changes, and the folder's time moves when a
 * package is added or removed; tsc rewrites main.js at every build.
 */
const STAMPS = [
  path.join(ROOT, 'node_modules', '.package-lock.json'),
  path.join(ROOT, 'node_modules'),
  path.join(ROOT, 'out', 'src', 'cli', 'main.js'),
  // Installed as a dependency: the node_modules folder that holds it and its dependencies. (Not a clone's
  // own folder, whose time moves whenever a figure is written there.)
  ...(INSTALL === ROOT ? [] : [path.join(INSTALL, '.package-lock.json'), INSTALL]),
];

/**
 * The user's copy of a cache kind, for an installation without its own: one folder per installation (its
 * path and version), so that two installations never share one.
 */
export function userCacheFile(kind: StartKind, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : undefined);
  if (!base) return undefined;
  let version = '';
  try {
    version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
  // node:crypto only here: a start from the package's own cache never loads it.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const id = createHash('sha256').update(`${ROOT}\u0000${version}`).digest('hex').slice(0, 16);
  return path.join(base, 'actplot', id, `startup-cache-${kind}`);
}

/**
 * bin/actplot's start: the package's own cache, else the user's; with neither, this start records one and
 * saves it in the user's cache folder when the command has succeeded (never failing the command for it).
 */
export function startWithCache(kind: StartKind, env: NodeJS.ProcessEnv = process.env): void {
  if (env.ACTPLOT_NO_CACHE) return;
  if (useStartupCache(kind)) return;
  const mine = userCacheFile(kind, env);
  if (!mine || useStartupCache(kind, mine)) return;
  const recorder = recordStartupCache();
  process.once('exit', (code) => {
    if (code !== 0) return;
    try {
      fs.mkdirSync(path.dirname(mine), { recursive: true, mode: 0o700 });
      recorder.write(mine);
    } catch {
      // A read-only or full home: the next start records again, and runs as fast as this one did.
    }
  });
}

interface Entry {
  size: number;
  mtimeMs: number;
  offset: number;
  length: number;
}
interface Header {
  environment: string;
  modules: Record<string, Entry>;
  resolutions: Record<string, string>;
}

type Compile = (this: Module, content: string, filename: string) => unknown;
/** The parts of Node's CommonJS loader the cache hooks into. */
interface ModuleInternals {
  prototype: { _compile: Compile };
  _extensions: Record<string, (this: unknown, module: Module, filename: string) => void>;
  _resolveFilename(request: string, parent: Module | undefined, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: Module): string[] | null;
  _nodeModulePaths(from: string): string[];
  wrap(content: string): string;
}
const M = Module as unknown as ModuleInternals;

function environment(): string {
  const stamps = STAMPS.map((f) => {
    try {
      return fs.statSync(f).mtimeMs;
    } catch {
      return 0;
    }
  });
  return [process.version, process.versions.v8, process.arch, ...stamps].join('|');
}

/** Modules whose compiled code came from the cache, and cached code V8 refused (it then compiles). */
export const cacheStats = { served: 0, rejected: 0 };

/** Uses the cache if it fits this installation. Returns false when there is none to use. */
export function useStartupCache(kind: StartKind, file = cacheFile(kind)): boolean {
  let header: Header;
  let blob: Buffer;
  try {
    const bytes = fs.readFileSync(file);
    const headerLength = bytes.readUInt32LE(0);
    header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as Header;
    blob = bytes.subarray(4 + headerLength);
  } catch {
    return false;
  }
  if (header.environment !== environment()) return false;
  // A module's file as recorded (its size and time), asked once: a resolution is served only to such a file
  // (one moved or deleted since, by a build that left the stamps alone, is resolved as Node resolves it),
  // and its code only for one.
  const checked = new Map<string, boolean>();
  const unchanged = (filename: string): boolean => {
    let ok = checked.get(filename);
    if (ok === undefined) {
      const e = header.modules[filename];
      try {
        const st = e && fs.statSync(filename);
        ok = !!st && st.size === e.size && st.mtimeMs === e.mtimeMs;
      } catch {
        ok = false;
      }
      checked.set(filename, ok);
    }
    return ok;
  };
  hookResolution(
    (key) => {
      const known = header.resolutions[key];
      return known !== undefined && unchanged(known) ? known : undefined;
    },
    () => undefined,
  );
  hookCompile(
    (filename) => {
      if (!unchanged(filename)) return undefined;
      const e = header.modules[filename];
      return blob.subarray(e.offset, e.offset + e.length);
    },
    () => undefined,
  );
  skipPackageTypeChecks((filename) => filename in header.modules);
  rememberModulePaths();
  return true;
}

/**
 * Node computes each module's node_modules search list from its folder, resolving a path for every ancestor
 * folder, for every module it loads (6 ms over a render's 250 modules); most share a folder. The list is a
 * function of the folder alone: computed once a folder, each module given its own copy.
 */
function rememberModulePaths(): void {
  const compute = M._nodeModulePaths;
  const known = new Map<string, string[]>();
  M._nodeModulePaths = function (from: string) {
    let paths = known.get(from);
    if (!paths) known.set(from, (paths = compute.call(this, from)));
    return paths.slice();
  };
}

/**
 * Node's .js loader reads the package.json above every file it loads, to refuse ES modules; for files that
 * loaded as CommonJS when the cache was recorded, in an installation the cache has checked is the same,
 * that answer is known (GELU's @stdlib chain alone is a hundred packages).
 */
function skipPackageTypeChecks(known: (filename: string) => boolean): void {
  const loadJs = M._extensions['.js'];
  M._extensions['.js'] = function (module, filename) {
    if (!known(filename)) return loadJs.call(this, module, filename);
    M.prototype._compile.call(module, fs.readFileSync(filename, 'utf8'), filename);
  };
}

/** Records every module compiled and every resolution from now on; `write` saves them. */
export function recordStartupCache(): { write(file?: string): void } {
  const scripts = new Map<string, vm.Script>();
  const resolutions: Record<string, string> = {};
  hookResolution(
    () => undefined,
    (key, filename) => {
      resolutions[key] = filename;
    },
  );
  hookCompile(
    () => undefined,
    (filename, script) => {
      scripts.set(filename, script);
    },
  );
  return {
    write(file: string) {
      const modules: Record<string, Entry> = {};
      const chunks: Buffer[] = [];
      let offset = 0;
      for (const [filename, script] of scripts) {
        const data = script.createCachedData();
        const st = fs.statSync(filename);
        modules[filename] = { size: st.size, mtimeMs: st.mtimeMs, offset, length: data.length };
        chunks.push(data);
        offset += data.length;
      }
      const header = Buffer.from(JSON.stringify({ environment: environment(), modules, resolutions } satisfies Header));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(header.length);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([length, header, ...chunks]));
      fs.renameSync(tmp, file);
    },
  };
}

/** Only files of this package and its dependencies; Node's own modules are already in its snapshot. */
const ours = (filename: string) => filename.startsWith(INSTALL + path.sep) && /\.c?js$/.test(filename);

function hookResolution(
  lookup: (key: string) => string | undefined,
  seen: (key: string, filename: string) => void,
): void {
  const resolve = M._resolveFilename;
  M._resolveFilename = function (request, parent, isMain, options) {
    const from = parent?.filename;
    // Relative requests and package names only: absolute paths and Node's modules resolve quickly anyway.
    if (!from || options || path.isAbsolute(request) || request.startsWith('node:')) {
      return resolve.call(this, request, parent, isMain, options);
    }
    const key = `${path.dirname(from)}\u0000${request}`;
    const known = lookup(key);
    if (known !== undefined) return known;
    const filename = resolve.call(this, request, parent, isMain, options);
    if (ours(filename)) seen(key, filename);
    return filename;
  };
}

const DEFAULT_IMPORT = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants
  ?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

function hookCompile(
  cached: (filename: string) => Buffer | undefined,
  compiled: (filename: string, script: vm.Script) => void,
): void {
  const compile = M.prototype._compile;
  M.prototype._compile = function (this: Module, content: string, filename: string) {
    if (!ours(filename)) return compile.call(this, content, filename);
    const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const cachedData = cached(filename);
    // Dynamic import() from these modules resolves as it would for any CommonJS module.
    const script = new vm.Script(M.wrap(source), {
      filename,
      cachedData,
      importModuleDynamically: DEFAULT_IMPORT as never,
    });
    if (cachedData) cacheStats[script.cachedDataRejected ? 'rejected' : 'served']++;
    compiled(filename, script);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };
}

/** The `require` a module sees, as Node builds it. */
function requireFor(mod: Module): NodeJS.Require {
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  req.resolve = ((request: string, options?: { paths?: string[] }) =>
    M._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  req.resolve.paths = (request: string) => M._resolveLookupPaths(request, mod);
  req.main = require.main;
  req.extensions = require.extensions;
  req.cache = require.cache;
  return req;
}
