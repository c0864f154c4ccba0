// Shared helpers for the differential runners (Node 20, no dependencies).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = path.join(REPO, 'tests', 'corpus');

// "node wasm/bin/redlua.js" -> ['/usr/bin/node', '/abs/wasm/bin/redlua.js'].
// Tokens that name an existing file (relative to the caller's cwd) become absolute,
// because the runners start the CLI from other directories.
export function parseCli(str) {
  const parts = str.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) throw new Error('empty CLI command');
  return parts.map((p) => {
    if (p.startsWith('-')) return p;
    const abs = path.resolve(p);
    if ((p.includes('/') || p.includes('.')) && fs.existsSync(abs)) return abs;
    if (p.includes('/')) throw new Error(`CLI part not found: ${p} (resolved to ${abs})`);
    return p;
  });
}

// Run a process; returns {status, signal, stdout, stderr, timedOut, error}.
// Output is decoded as latin1 so that arbitrary bytes compare exactly.
export function run(argv, { cwd, timeoutMs = 10000, input } = {}) {
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd, timeout: timeoutMs, input, encoding: 'latin1', maxBuffer: 256 * 1024 * 1024,
    killSignal: 'SIGKILL',
  });
  const timedOut = !!(r.error && r.error.code === 'ETIMEDOUT');
  return {
    status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '',
    timedOut, error: r.error && !timedOut ? r.error : null,
  };
}

export const normAddr = (s) => s.replace(/0x[0-9a-fA-F]+/g, '0x?');

// Split a luac listing into functions: each block starts at a "main <" or "function <" line.
export function splitFunctions(listing) {
  const fns = [];
  let cur = null;
  for (const line of listing.split('\n')) {
    if (line.startsWith('main <') || line.startsWith('function <')) {
      cur = [line];
      fns.push(cur);
    } else if (cur) {
      cur.push(line);
    }
  }
  return fns.map((l) => l.join('\n').replace(/\n+$/, ''));
}

// A short line diff: the first `max` differing lines, aligned by position
// (with a simple resync on identical lines further ahead).
export function shortDiff(a, b, max = 10, labels = ['expected', 'actual']) {
  const lines = (s) => { const l = s.split('\n'); if (l.length > 1 && l[l.length - 1] === '') l.pop(); return l; };
  const A = lines(a);
  const B = lines(b);
  const out = [`    --- ${labels[0]}`, `    +++ ${labels[1]}`];
  let i = 0, j = 0, shown = 0;
  while ((i < A.length || j < B.length) && shown < max) {
    if (i < A.length && j < B.length && A[i] === B[j]) { i++; j++; continue; }
    // try to resync within a small window
    let synced = false;
    for (let k = 1; k <= 5 && !synced; k++) {
      if (i + k < A.length && j < B.length && A[i + k] === B[j]) {
        for (let t = 0; t < k && shown < max; t++, shown++) out.push(`    -${i + t + 1}: ${vis(A[i + t])}`);
        i += k; synced = true;
      } else if (j + k < B.length && i < A.length && B[j + k] === A[i]) {
        for (let t = 0; t < k && shown < max; t++, shown++) out.push(`    +${j + t + 1}: ${vis(B[j + t])}`);
        j += k; synced = true;
      }
    }
    if (synced) continue;
    if (i < A.length) { out.push(`    -${i + 1}: ${vis(A[i])}`); shown++; }
    if (j < B.length && shown < max) { out.push(`    +${j + 1}: ${vis(B[j])}`); shown++; }
    i++; j++;
  }
  if (shown >= max) out.push('    ...');
  return out.join('\n');
}

function vis(s) {
  if (s === undefined) return '<missing>';
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/[\x00-\x08\x0b-\x1f\x7f-\xff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return t.length > 200 ? t.slice(0, 200) + '…' : t;
}

export function stripPrefix(s, prefix) {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export const firstLine = (s) => s.split('\n')[0];

// Tiny option parser: flags listed in `valued` take the next argument (repeatable).
export function parseArgs(argv, valued = [], booleans = []) {
  const opts = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (valued.includes(a)) {
      const key = a.replace(/^--/, '');
      (opts[key] ??= []).push(argv[++i]);
    } else if (booleans.includes(a)) {
      opts[a.replace(/^--/, '')] = true;
    } else if (a.startsWith('--')) {
      throw new Error(`unknown option ${a}`);
    } else {
      opts._.push(a);
    }
  }
  return opts;
}

// known-failures file: "filename  reason" per line; '#' comments and blank lines ignored.
export function readKnown(file) {
  const known = new Map();
  if (!file) return known;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = line.match(/^(\S+)\s*(.*)$/);
    known.set(m[1], m[2] || '');
  }
  return known;
}

export function listLua(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.lua')).sort().map((f) => path.join(dir, f));
}

// Run every generator in tests/corpus/gen into a fresh temp dir; returns {lua, syntaxErrors} dirs.
export async function runGenerators() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'redlua-gen-'));
  const genDir = path.join(CORPUS, 'gen');
  for (const f of fs.readdirSync(genDir).filter((x) => x.endsWith('.mjs')).sort()) {
    const mod = await import(pathToFileURL(path.join(genDir, f)).href);
    mod.generate(out);
  }
  process.on('exit', () => { if (!process.env.REDLUA_KEEP_GENERATED) fs.rmSync(out, { recursive: true, force: true }); });
  return { root: out, lua: path.join(out, 'lua'), syntaxErrors: path.join(out, 'syntax-errors') };
}

// Counting/report helper shared by the runners.
export class Tally {
  constructor(knownMap) {
    this.known = knownMap; this.passed = 0; this.failed = 0; this.knownFailed = [];
    this.nowPassing = [];
  }
  // returns true if this failure counts against the run
  record(name, ok, report) {
    const isKnown = this.known.has(name);
    if (ok) {
      this.passed++;
      if (isKnown) this.nowPassing.push(name);
      return;
    }
    if (isKnown) {
      this.knownFailed.push(name);
      return;
    }
    this.failed++;
    console.log(`FAIL ${name}`);
    if (report) console.log(report);
  }
  finish(extraLines = []) {
    for (const l of extraLines) console.log(l);
    if (this.knownFailed.length) console.log(`known failures (${this.knownFailed.length}): ${this.knownFailed.join(', ')}`);
    for (const n of this.nowPassing) console.log(`now passing, remove from known list: ${n}`);
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed > 0 ? 1 : 0;
  }
}

export function describeProc(r) {
  if (r.timedOut) return 'timeout';
  if (r.error) return `spawn error: ${r.error.message}`;
  if (r.signal) return `killed by signal ${r.signal}`;
  return `exit ${r.status}`;
}
