#!/usr/bin/env node
/*
 * Provisions TensorFlow's native runtime for @tensorflow/tfjs-node where its own install script
 * cannot run (it downloads libtensorflow and a prebuilt addon from Google's storage).
 *
 *   node tools/scripts/provision-native.js --if-needed   (root postinstall: never fails npm install)
 *   npm run provision:native                              (explicit: exits 1 when anything fails)
 *   ... --force        (even if tfjs-node loads: re-place libtensorflow, rebuild the binding;
 *                       downloads stay cached, checked against their pinned hashes)
 *
 * Steps, each idempotent and cached under $THRESHER_CACHE (default ~/.cache/thresher):
 *   a) npm drops the optional @tensorflow/tfjs-node and its optional-only deps when the install
 *      script fails. We put back exactly the packages package-lock.json records for tfjs-node's
 *      dependency closure, at the recorded locations and versions, with the recorded integrity
 *      (tarballs via `npm pack`, i.e. the npm cache/registry). The tree then matches the lockfile,
 *      so `npm ls` is clean and later `npm install` runs see nothing to change.
 *   b) libtensorflow comes from the `tensorflow-cpu` wheel on PyPI (pinned version and sha256),
 *      fetched with `pip download` (no Python TensorFlow is installed). Its libtensorflow_cc.so.2
 *      exports the TF_* C API and TFE_* eager C API the binding links against.
 *   c) The binding is built offline with npm's bundled node-gyp against the local Node headers
 *      (--nodedir) into lib/napi-v<N>/tfjs_binding.node, where tfjs-node's dist/index.js finds it.
 *
 * Linux x86_64 only; elsewhere tfjs-node's own installer is the only route.
 */
'use strict';

const cp = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const TFJS_NODE_NAME = '@tensorflow/tfjs-node';
const TFJS_NODE_VERSION = '4.22.0';
const TFJS_NODE_LOC = `node_modules/${TFJS_NODE_NAME}`;

/*
 * Why 2.21.0: it is the newest stable tensorflow-cpu release on PyPI (2.22 is only a release
 * candidate). Every TF_* / TFE_* symbol the tfjs-node 4.22.0 binding imports (55 of them:
 * TFE_NewContext, TFE_Execute, TFE_OpSetAttr*, TFE_TensorHandle*, TF_AllocateTensor,
 * TF_LoadSessionFromSavedModel, TF_SessionRun, TF_Version, ...) is still exported by its
 * libtensorflow_cc.so.2 (checked with `nm -D`; this script re-checks after each build). The C and
 * eager C APIs are ABI-stable across TF 2.x, and TF_TString (used for strings) exists since 2.4,
 * so the binding written for libtensorflow 2.9.1 compiles and runs unchanged. Its wheel is
 * manylinux_2_27 (glibc >= 2.27; Debian 12 has 2.36). The Python tag does not matter: every
 * cp3xx wheel carries the same shared libraries.
 */
const TF_WHEEL = {
  project: 'tensorflow-cpu',
  version: '2.21.0',
  pythonVersion: '3.11',
  platform: 'manylinux_2_27_x86_64',
  filename: 'tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl',
  sha256: '2b847d217b02ee7731ed91431daf3250daa0196c3c94614d23be27232e6e5b6c',
};
const TF_LIBS = ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2'];
// Link names from binding.gyp (-ltensorflow -ltensorflow_framework) -> files in the wheel.
const TF_LINKS = {
  'libtensorflow.so': 'libtensorflow_cc.so.2',
  'libtensorflow_framework.so': 'libtensorflow_framework.so.2',
};
// Header subtrees the C API headers include (c_api.h -> tf_tstring.h -> tsl ctstring, ...).
const TF_HEADER_PREFIXES = ['tensorflow/c/', 'tensorflow/core/platform/', 'tsl/', 'xla/tsl/'];

const CACHE = process.env.THRESHER_CACHE || path.join(os.homedir(), '.cache', 'thresher');
const RETRY_COMMAND = 'npm run provision:native';

class ProvisionError extends Error {
  constructor(step, message, hint) {
    super(message);
    this.name = 'ProvisionError';
    this.step = step;
    this.hint = hint;
  }
}

function log(msg) {
  process.stdout.write(`[provision-native] ${msg}\n`);
}

function run(step, cmd, args, opts = {}) {
  const res = cp.spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
  });
  if (res.error) {
    throw new ProvisionError(step, `cannot run ${cmd}: ${res.error.message}`, opts.hint);
  }
  if (res.status !== 0) {
    const out = `${res.stdout || ''}${res.stderr || ''}`.trim().split('\n').slice(-25).join('\n');
    throw new ProvisionError(
      step,
      `\`${[cmd, ...args].join(' ')}\` exited with ${res.status ?? res.signal}\n${out}`,
      opts.hint,
    );
  }
  return res.stdout;
}

function fileDigest(file, algorithm, encoding) {
  const hash = crypto.createHash(algorithm);
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(8 * 1024 * 1024);
  try {
    let n;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest(encoding);
}

function integrityMatches(file, integrity) {
  // SRI string, possibly several space-separated hashes; any supported one must match.
  for (const entry of (integrity || '').split(/\s+/)) {
    const m = /^(sha512|sha384|sha256|sha1)-(.+)$/.exec(entry);
    if (m && fileDigest(file, m[1], 'base64') === m[2]) return true;
  }
  return false;
}

function rmrf(p) {
  fs.rmSync(p, { recursive: true, force: true });
}

/** Moves a finished temp dir/file into place; the rename keeps each step all-or-nothing. */
function commit(tmp, dest) {
  rmrf(dest);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.renameSync(tmp, dest);
}

function linkOrCopy(src, dest) {
  rmrf(dest);
  try {
    fs.linkSync(src, dest); // same filesystem: no 800 MB copy
  } catch {
    fs.copyFileSync(src, dest);
  }
}

// ---------------------------------------------------------------------------------------------
// Probe: does tfjs-node load and register the native backend?

const PROBE_SCRIPT = `
const tf = require(${JSON.stringify(TFJS_NODE_NAME)});
const b = tf.backend();
process.stdout.write(JSON.stringify({
  backend: tf.getBackend(),
  tfjsNode: tf.version['tfjs-node'],
  tensorflow: b && b.binding ? b.binding.TF_Version : null,
}));`;

function probe() {
  const res = cp.spawnSync(process.execPath, ['-e', PROBE_SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: process.env.TF_CPP_MIN_LOG_LEVEL || '2' },
  });
  if (res.status === 0) {
    try {
      const info = JSON.parse(res.stdout.trim().split('\n').pop());
      if (info.backend === 'tensorflow') return { ok: true, info };
      return { ok: false, reason: `backend is ${info.backend}, not tensorflow` };
    } catch {
      return { ok: false, reason: `unexpected probe output: ${res.stdout}` };
    }
  }
  const err = `${res.stderr || ''}`.trim().split('\n');
  const line = err.find((l) => /Error|error:/.test(l)) || err.pop() || `exit ${res.status}`;
  return { ok: false, reason: line.trim() };
}

// ---------------------------------------------------------------------------------------------
// (a) tfjs-node and its runtime dependencies, exactly as package-lock.json records them.

function readLock() {
  const file = path.join(ROOT, 'package-lock.json');
  let lock;
  try {
    lock = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ProvisionError('packages', `cannot read ${file}: ${e.message}`);
  }
  const pkgs = lock.packages || {};
  const entry = pkgs[TFJS_NODE_LOC];
  if (!entry || entry.version !== TFJS_NODE_VERSION) {
    throw new ProvisionError(
      'packages',
      `package-lock.json has no ${TFJS_NODE_NAME}@${TFJS_NODE_VERSION} at ${TFJS_NODE_LOC}`,
      `declare "${TFJS_NODE_NAME}": "${TFJS_NODE_VERSION}" in libs/training/package.json ` +
        'and run `npm install` to record it in the lockfile',
    );
  }
  return pkgs;
}

/** Node's resolution over lockfile locations: nearest node_modules/<name> walking up. */
function resolveInLock(pkgs, fromLoc, name) {
  let base = fromLoc;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (pkgs[candidate]) return candidate;
    if (!base) return null;
    const idx = base.lastIndexOf('/node_modules/');
    base = idx === -1 ? '' : base.slice(0, idx);
  }
}

function dependencyClosure(pkgs) {
  const seen = new Set();
  const queue = [TFJS_NODE_LOC];
  while (queue.length) {
    const loc = queue.shift();
    if (seen.has(loc)) continue;
    seen.add(loc);
    const e = pkgs[loc];
    const deps = { ...(e.dependencies || {}), ...(e.optionalDependencies || {}) };
    for (const name of Object.keys(deps)) {
      const found = resolveInLock(pkgs, loc, name);
      if (found) queue.push(found);
      else if (!(e.optionalDependencies && name in e.optionalDependencies)) {
        throw new ProvisionError('packages', `lockfile cannot resolve ${name} required by ${loc}`);
      }
    }
  }
  return [...seen];
}

function packageNameOf(loc, entry) {
  return entry.name || loc.slice(loc.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

function installedVersion(loc) {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, loc, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function npmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && /npm-cli\.js$/.test(execpath) && fs.existsSync(execpath)) {
    return [process.execPath, [execpath]];
  }
  return ['npm', []];
}

function fetchTarballs(wanted) {
  const dir = path.join(CACHE, 'npm');
  fs.mkdirSync(dir, { recursive: true });
  const tarball = (w) =>
    path.join(dir, `${w.name.replace('@', '').replace('/', '-')}-${w.version}.tgz`);
  const missing = [];
  for (const w of wanted) {
    const file = tarball(w);
    const dup = missing.some((m) => m.name === w.name && m.version === w.version);
    if (!dup && !(fs.existsSync(file) && integrityMatches(file, w.integrity))) missing.push(w);
  }
  if (missing.length) {
    log(`fetching ${missing.length} npm tarball(s) with npm pack`);
    const tmp = fs.mkdtempSync(path.join(dir, '.pack-'));
    try {
      const [cmd, pre] = npmCommand();
      const specs = missing.map((w) => `${w.name}@${w.version}`);
      const out = run(
        'packages',
        cmd,
        [...pre, 'pack', '--json', '--ignore-scripts', '--pack-destination', tmp, ...specs],
        { cwd: tmp, hint: 'needs the npm registry or a warm npm cache (~/.npm)' },
      );
      const packed = JSON.parse(out.slice(out.indexOf('[')));
      for (const p of packed) {
        const w = missing.find((m) => m.name === p.name && m.version === p.version);
        if (!w) continue;
        const src = path.join(tmp, p.filename);
        if (!integrityMatches(src, w.integrity)) {
          throw new ProvisionError(
            'packages',
            `${p.name}@${p.version}: tarball integrity differs from package-lock.json`,
          );
        }
        commit(src, tarball(w));
      }
    } finally {
      rmrf(tmp);
    }
  }
  for (const w of wanted) {
    if (!fs.existsSync(tarball(w))) {
      throw new ProvisionError('packages', `npm pack did not produce ${w.name}@${w.version}`);
    }
    w.tarball = tarball(w);
  }
}

function linkBins(loc, entry) {
  if (!entry.bin) return;
  const nm = loc.slice(0, loc.lastIndexOf('node_modules/') + 'node_modules'.length);
  const binDir = path.join(ROOT, nm, '.bin');
  const bins =
    typeof entry.bin === 'string' ? { [packageNameOf(loc, entry)]: entry.bin } : entry.bin;
  fs.mkdirSync(binDir, { recursive: true });
  for (const [binName, rel] of Object.entries(bins)) {
    const target = path.join(ROOT, loc, rel);
    if (fs.existsSync(target)) fs.chmodSync(target, 0o755);
    const link = path.join(binDir, binName);
    let exists = false;
    try {
      fs.lstatSync(link);
      exists = true;
    } catch {
      /* absent */
    }
    if (!exists) fs.symlinkSync(path.relative(binDir, target), link);
  }
}

function restorePackages() {
  const pkgs = readLock();
  const closure = dependencyClosure(pkgs);
  // Workspace links (`link: true`) are npm's own business; only registry packages go back.
  const stale = closure.filter(
    (loc) => !pkgs[loc].link && installedVersion(loc) !== pkgs[loc].version,
  );
  // Replacing a folder drops what is nested in it, so those come back too.
  const wanted = closure
    .filter((loc) => stale.some((s) => loc === s || loc.startsWith(`${s}/`)))
    .sort((x, y) => x.length - y.length) // parents before the packages nested in them
    .map((loc) => ({
      loc,
      name: packageNameOf(loc, pkgs[loc]),
      version: pkgs[loc].version,
      integrity: pkgs[loc].integrity,
    }));
  if (!wanted.length) {
    log(`${closure.length} package(s) of ${TFJS_NODE_NAME} already in node_modules`);
    return;
  }
  fetchTarballs(wanted);
  for (const w of wanted) {
    const dest = path.join(ROOT, w.loc);
    const tmp = `${dest}.provision-tmp`;
    rmrf(tmp);
    fs.mkdirSync(tmp, { recursive: true });
    run('packages', 'tar', [
      '-xzf',
      w.tarball,
      '-C',
      tmp,
      '--strip-components=1',
      '--no-same-owner',
    ]);
    commit(tmp, dest);
  }
  for (const w of wanted) linkBins(w.loc, pkgs[w.loc]);
  // npm trusts node_modules/.package-lock.json when it is newer than the package folders; it
  // was written without these packages, so drop it and let npm read the real tree next time.
  rmrf(path.join(ROOT, 'node_modules', '.package-lock.json'));
  log(
    `restored ${wanted.length} package(s): ${wanted.map((w) => `${w.name}@${w.version}`).join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// (b) libtensorflow from the tensorflow-cpu wheel.

function pipCommand() {
  for (const [cmd, pre] of [
    ['python3', ['-m', 'pip']],
    ['pip3', []],
    ['pip', []],
  ]) {
    const res = cp.spawnSync(cmd, [...pre, '--version'], { encoding: 'utf8' });
    if (res.status === 0) return [cmd, pre];
  }
  throw new ProvisionError(
    'wheel',
    'pip is not available (tried python3 -m pip, pip3, pip)',
    'install it, e.g. `apt-get install -y python3-pip`',
  );
}

function fetchWheel() {
  const dir = path.join(CACHE, 'wheels');
  const file = path.join(dir, TF_WHEEL.filename);
  if (fs.existsSync(file) && fileDigest(file, 'sha256', 'hex') === TF_WHEEL.sha256) return file;
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(dir, '.download-'));
  try {
    const [cmd, pre] = pipCommand();
    log(`downloading ${TF_WHEEL.filename} from PyPI (~270 MB)`);
    run(
      'wheel',
      cmd,
      [
        ...pre,
        'download',
        '--no-deps',
        '--only-binary=:all:',
        '--platform',
        TF_WHEEL.platform,
        '--python-version',
        TF_WHEEL.pythonVersion,
        '--dest',
        tmp,
        `${TF_WHEEL.project}==${TF_WHEEL.version}`,
      ],
      { hint: 'needs PyPI (or a pip index/mirror configured for pip)' },
    );
    const got = path.join(tmp, TF_WHEEL.filename);
    if (!fs.existsSync(got)) {
      throw new ProvisionError('wheel', `pip did not produce ${TF_WHEEL.filename} in ${tmp}`);
    }
    const sha = fileDigest(got, 'sha256', 'hex');
    if (sha !== TF_WHEEL.sha256) {
      throw new ProvisionError(
        'wheel',
        `sha256 mismatch for ${TF_WHEEL.filename}: got ${sha}, pinned ${TF_WHEEL.sha256}`,
      );
    }
    commit(got, file);
    return file;
  } finally {
    rmrf(tmp);
  }
}

const EXTRACT_PY = `
import os, shutil, sys, zipfile
wheel, out, libs, prefixes = sys.argv[1], sys.argv[2], sys.argv[3].split(','), sys.argv[4].split(',')
with zipfile.ZipFile(wheel) as z:
    for info in z.infolist():
        name = info.filename
        if name.endswith('/'):
            continue
        if name in ['tensorflow/' + l for l in libs]:
            dest = os.path.join(out, 'lib', os.path.basename(name))
        elif name.startswith('tensorflow/include/') and any(
                name[len('tensorflow/include/'):].startswith(p) for p in prefixes):
            dest = os.path.join(out, 'include', name[len('tensorflow/include/'):])
        else:
            continue
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with z.open(info) as src, open(dest, 'wb') as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
`;

/** Returns the cached {lib, include} dirs extracted from the pinned wheel. */
function libtensorflow() {
  const dir = path.join(CACHE, 'libtensorflow', `${TF_WHEEL.version}-linux-x86_64`);
  const marker = path.join(dir, '.complete');
  if (!(fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === TF_WHEEL.sha256)) {
    const wheel = fetchWheel();
    log(`extracting libtensorflow ${TF_WHEEL.version} and the C API headers from the wheel`);
    const tmp = `${dir}.tmp-${process.pid}`;
    rmrf(tmp);
    fs.mkdirSync(tmp, { recursive: true });
    run(
      'extract',
      'python3',
      ['-c', EXTRACT_PY, wheel, tmp, TF_LIBS.join(','), TF_HEADER_PREFIXES.join(',')],
      { hint: 'needs python3 (its zipfile module reads the wheel)' },
    );
    for (const rel of [
      ...TF_LIBS.map((l) => `lib/${l}`),
      'include/tensorflow/c/c_api.h',
      'include/tensorflow/c/eager/c_api.h',
    ]) {
      if (!fs.existsSync(path.join(tmp, rel))) {
        throw new ProvisionError('extract', `${TF_WHEEL.filename} has no ${rel}`);
      }
    }
    fs.writeFileSync(path.join(tmp, '.complete'), `${TF_WHEEL.sha256}\n`);
    commit(tmp, dir);
  }
  return { lib: path.join(dir, 'lib'), include: path.join(dir, 'include') };
}

function installDeps(pkgDir, tf, force) {
  const libDir = path.join(pkgDir, 'deps', 'lib');
  const incDir = path.join(pkgDir, 'deps', 'include');
  const current = path.join(pkgDir, 'deps', '.thresher-tf-version');
  const ready =
    !force &&
    fs.existsSync(current) &&
    fs.readFileSync(current, 'utf8').trim() === TF_WHEEL.sha256 &&
    TF_LIBS.every((l) => fs.existsSync(path.join(libDir, l)));
  if (ready) return;
  rmrf(path.join(pkgDir, 'deps'));
  fs.mkdirSync(libDir, { recursive: true });
  for (const lib of TF_LIBS) linkOrCopy(path.join(tf.lib, lib), path.join(libDir, lib));
  for (const [link, target] of Object.entries(TF_LINKS))
    fs.symlinkSync(target, path.join(libDir, link));
  fs.cpSync(tf.include, incDir, { recursive: true });
  fs.writeFileSync(current, `${TF_WHEEL.sha256}\n`);
  log(`placed libtensorflow ${TF_WHEEL.version} in ${path.relative(ROOT, libDir)}`);
}

// ---------------------------------------------------------------------------------------------
// (c) the N-API binding, built offline with node-gyp.

function napiBuildVersion(pkgDir) {
  const pj = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const nodeNapi = Number(process.versions.napi);
  // Same choice as node-pre-gyp: the highest version the package supports that Node provides.
  const usable = pj.binary.napi_versions.filter((v) => v <= nodeNapi);
  if (!usable.length) throw new ProvisionError('binding', `Node's N-API ${nodeNapi} is too old`);
  return { version: Math.max(...usable), modulePath: pj.binary.module_path };
}

function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_execpath) {
    candidates.push(
      path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp'),
    );
  }
  const nodeBin = path.dirname(fs.realpathSync(process.execPath));
  candidates.push(
    path.join(nodeBin, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp'),
  );
  const npmOnPath = cp
    .spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' })
    .stdout.trim();
  if (npmOnPath) {
    const npmDir = path.dirname(path.dirname(fs.realpathSync(npmOnPath)));
    candidates.push(path.join(npmDir, 'node_modules', 'node-gyp'));
  }
  try {
    candidates.push(path.dirname(require.resolve('node-gyp/package.json', { paths: [ROOT] })));
  } catch {
    /* not a workspace dependency */
  }
  for (const dir of candidates) {
    const bin = path.join(dir, 'bin', 'node-gyp.js');
    if (fs.existsSync(bin)) return bin;
  }
  throw new ProvisionError(
    'binding',
    `node-gyp not found (looked in: ${candidates.join(', ')})`,
    'npm ships node-gyp; reinstall npm or `npm install -g node-gyp`',
  );
}

/** A directory with include/node/node_api.h and common.gypi: node-gyp then downloads nothing. */
function findNodeDir() {
  const candidates = [
    process.env.npm_config_nodedir,
    path.resolve(path.dirname(fs.realpathSync(process.execPath)), '..'),
    '/usr',
    '/usr/local',
  ].filter(Boolean);
  for (const dir of candidates) {
    const inc = path.join(dir, 'include', 'node');
    if (
      fs.existsSync(path.join(inc, 'node_api.h')) &&
      fs.existsSync(path.join(inc, 'common.gypi'))
    ) {
      return dir;
    }
  }
  throw new ProvisionError(
    'binding',
    `no Node.js headers found (looked for include/node/node_api.h in ${candidates.join(', ')})`,
    'install the Node.js headers (Debian: apt-get install libnode-dev) or set npm_config_nodedir',
  );
}

/** Every TF_/TFE_ symbol the binding imports must be exported by the shipped libraries. */
function checkSymbols(binding, libDir) {
  const nm = (args) => cp.spawnSync('nm', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const undef = nm(['-D', '--undefined-only', binding]);
  if (undef.error || undef.status !== 0) return; // binutils absent: the load probe still checks
  const strip = (s) => s.replace(/@.*$/, '');
  const needed = undef.stdout
    .split('\n')
    .map((l) => strip(l.trim().split(/\s+/).pop() || ''))
    .filter((s) => /^TFE?_/.test(s));
  const defined = new Set();
  for (const lib of TF_LIBS) {
    const res = nm(['-D', '--defined-only', path.join(libDir, lib)]);
    for (const l of res.stdout.split('\n')) defined.add(strip(l.trim().split(/\s+/).pop() || ''));
  }
  const missing = needed.filter((s) => !defined.has(s));
  if (missing.length) {
    throw new ProvisionError(
      'binding',
      `libtensorflow ${TF_WHEEL.version} lacks symbols the binding needs: ${missing.join(', ')}`,
      'pin an older tensorflow-cpu wheel in tools/scripts/provision-native.js',
    );
  }
}

function buildBinding(pkgDir, force) {
  const napi = napiBuildVersion(pkgDir);
  const moduleDir = path.resolve(
    pkgDir,
    napi.modulePath.replace('{napi_build_version}', String(napi.version)),
  );
  const target = path.join(moduleDir, 'tfjs_binding.node');
  const key = `tfjs-node-${TFJS_NODE_VERSION}-tf-${TF_WHEEL.version}-napi${napi.version}-linux-x64`;
  const cached = path.join(CACHE, 'bindings', key, 'tfjs_binding.node');
  if (force || !fs.existsSync(cached)) {
    const nodeGyp = findNodeGyp();
    const nodeDir = findNodeDir();
    log(
      `building tfjs_binding.node (N-API ${napi.version}) with node-gyp, headers from ${nodeDir}`,
    );
    const logDir = path.join(CACHE, 'logs');
    fs.mkdirSync(logDir, { recursive: true });
    const out = run(
      'binding',
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        `--nodedir=${nodeDir}`,
        '--module_name=tfjs_binding',
        `--module_path=${moduleDir}`,
        `--napi_build_version=${napi.version}`,
        '--jobs',
        String(Math.max(1, Math.min(os.cpus().length, 4))),
      ],
      {
        cwd: pkgDir,
        hint: 'needs a C++ toolchain, make and python3 (apt-get install build-essential)',
      },
    );
    fs.writeFileSync(path.join(logDir, `${key}.build.log`), out);
    if (!fs.existsSync(target)) throw new ProvisionError('binding', `node-gyp built no ${target}`);
    checkSymbols(target, path.join(pkgDir, 'deps', 'lib'));
    const tmp = `${cached}.tmp-${process.pid}`;
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.copyFileSync(target, tmp);
    commit(tmp, cached);
    rmrf(path.join(pkgDir, 'build')); // intermediates; the addon lives in the module path
  } else {
    fs.mkdirSync(moduleDir, { recursive: true });
    fs.copyFileSync(cached, target);
    log(`using cached ${path.relative(CACHE, cached)}`);
  }
}

// ---------------------------------------------------------------------------------------------

function provision(force) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ProvisionError(
      'platform',
      `${process.platform}-${process.arch} is not supported by this fallback (Linux x86_64 only)`,
      `on this platform ${TFJS_NODE_NAME}'s own installer must reach Google's storage`,
    );
  }
  fs.mkdirSync(CACHE, { recursive: true });
  restorePackages();
  const pkgDir = path.join(ROOT, TFJS_NODE_LOC);
  const tf = libtensorflow();
  installDeps(pkgDir, tf, force);
  buildBinding(pkgDir, force);
}

function warn(err, ifNeeded) {
  const lines = [
    `could not provision the native TensorFlow backend (${TFJS_NODE_NAME}@${TFJS_NODE_VERSION}).`,
    `  step:  ${err.step || 'unexpected'}`,
    ...`${err.message}`.split('\n').map((l, i) => (i === 0 ? `  error: ${l}` : `         ${l}`)),
  ];
  if (err.hint) lines.push(`  hint:  ${err.hint}`);
  lines.push(`  cache: ${CACHE} (set THRESHER_CACHE to move it)`);
  lines.push(`  retry: ${RETRY_COMMAND}`);
  if (ifNeeded) {
    lines.push(
      '  npm install continues; training falls back to the WebAssembly backend meanwhile.',
    );
  }
  const tag = ifNeeded ? 'WARNING' : 'ERROR';
  process.stderr.write(lines.map((l) => `[provision-native] ${tag}: ${l}`).join('\n') + '\n');
}

function main(argv) {
  const ifNeeded = argv.includes('--if-needed');
  const force = argv.includes('--force');
  try {
    if (ifNeeded && process.env.THRESHER_SKIP_NATIVE === '1') {
      log('THRESHER_SKIP_NATIVE=1: skipped');
      return 0;
    }
    const before = probe();
    if (before.ok && !force) {
      const i = before.info;
      log(
        `${TFJS_NODE_NAME}@${i.tfjsNode} loads (backend ${i.backend}, TensorFlow ${i.tensorflow})`,
      );
      return 0;
    }
    if (!before.ok) log(`${TFJS_NODE_NAME} does not load (${before.reason}); provisioning`);
    const started = Date.now();
    provision(force);
    const after = probe();
    if (!after.ok) {
      throw new ProvisionError(
        'verify',
        `${TFJS_NODE_NAME} still does not load: ${after.reason}`,
        `run: node -e "require('${TFJS_NODE_NAME}')" in ${ROOT} to see the full error`,
      );
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    log(`ready in ${secs}s: backend ${after.info.backend}, TensorFlow ${after.info.tensorflow}`);
    return 0;
  } catch (err) {
    warn(err, ifNeeded);
    return ifNeeded ? 0 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
