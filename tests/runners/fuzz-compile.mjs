#!/usr/bin/env node
// Compiler fuzzing against luac5.1: mutated corpus files, random token soups, deep
// nesting and random bytes are compiled by `CLI disasm` and `luac5.1 -l -l -p`.
//
// usage: node tests/runners/fuzz-compile.mjs CLI [--seconds N] [--seed S] [--max-cases N]
//                                             [--dir DIR]...
// Checks per input: our process ends within 5 s with exit 0 or 1 (no signal, crash or
// timeout); if luac5.1 rejects the input we reject it with the same message (prefixes
// "luac5.1: " / "redlua: " stripped); if luac5.1 accepts it we print the same listing
// (0x addresses normalised). Mismatching inputs are saved to a temp dir (path printed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli, run, normAddr, stripPrefix, shortDiff, parseArgs, listLua, describeProc, CORPUS } from './lib.mjs';

// xorshift128+ style PRNG on 32-bit halves (deterministic for a given seed).
function makeRng(seed) {
  let a = seed >>> 0 || 1, b = (seed * 2654435761) >>> 0 || 2, c = 0x9e3779b9, d = 0x7f4a7c15;
  const next = () => { // sfc32
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (arr) => arr[int(arr.length)], chance: (p) => next() < p };
}

const TOKENS = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'if', 'in',
  'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
  '+', '-', '*', '/', '%', '^', '#', '==', '~=', '<=', '>=', '<', '>', '=', '(', ')', '{',
  '}', '[', ']', ';', ':', ',', '.', '..', '...', 'x', 'y', 'f', 'a.b', 'a:b()', '1', '0x1F',
  '3.', '.5', '1e308', '2^53', '"s"', "'\\n'", '[[long]]', '[==[x]==]', '--c\n', '--[[c]]',
  '"\\300"', '"unfinished', '[[', ']]', '\n', ' ', '\\', '@', '$', '0x', '1e', '1..2', '~',
];

function mutate(rng, src, corpus) {
  let s = src;
  const n = 1 + rng.int(4);
  for (let k = 0; k < n; k++) {
    const pos = rng.int(s.length + 1);
    switch (rng.int(7)) {
      case 0: { // byte flip / replace
        if (!s.length) break;
        const ch = String.fromCharCode(rng.chance(0.7) ? 32 + rng.int(95) : rng.int(256));
        s = s.slice(0, pos) + ch + s.slice(pos + 1);
        break;
      }
      case 1: // insert token
        s = s.slice(0, pos) + ' ' + rng.pick(TOKENS) + ' ' + s.slice(pos);
        break;
      case 2: { // delete a span
        const len = 1 + rng.int(12);
        s = s.slice(0, pos) + s.slice(pos + len);
        break;
      }
      case 3: // truncate
        s = s.slice(0, pos);
        break;
      case 4: { // splice with another file
        const other = rng.pick(corpus);
        const p2 = rng.int(other.length + 1);
        s = rng.chance(0.5) ? s.slice(0, pos) + other.slice(p2) : s.slice(0, pos) + other.slice(p2, p2 + 200) + s.slice(pos);
        break;
      }
      case 5: { // duplicate a line
        const lines = s.split('\n');
        const i = rng.int(lines.length);
        lines.splice(i, 0, lines[rng.int(lines.length)]);
        s = lines.join('\n');
        break;
      }
      default: { // swap two tokens-ish (words)
        const words = s.split(/(\s+)/);
        if (words.length > 2) {
          const i = rng.int(words.length), j = rng.int(words.length);
          [words[i], words[j]] = [words[j], words[i]];
          s = words.join('');
        }
      }
    }
  }
  return s;
}

// Small edits that usually keep the program valid, to exercise code generation:
// swap a binary operator, a numeric literal, a name, or a constant.
const BINOPS = ['+', '-', '*', '/', '%', '^', '..', '==', '~=', '<', '<=', '>', '>=', 'and', 'or'];
const NUMS = ['0', '1', '-1', '2', '0.5', '1e308', '2^53', '1/0', '0/0', '-0', '255', '256', '0x100', '3.', '.5'];
const NAMES = ['x', 'y', 'a', 'b', 'print', 't', 'self', 'nil', 'true', 'false', '"s"', '{}', '...', '(f())'];
function tweak(rng, src) {
  let s = src;
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    const which = rng.int(3);
    const re = which === 0 ? /(==|~=|<=|>=|\.\.|[-+*\/%^<>]| and | or )/g
      : which === 1 ? /\b\d+(\.\d*)?(e[-+]?\d+)?\b/g : /\b[A-Za-z_][A-Za-z_0-9]*\b/g;
    const hits = [...s.matchAll(re)];
    if (!hits.length) continue;
    const h = rng.pick(hits);
    let rep = which === 0 ? rng.pick(BINOPS) : which === 1 ? rng.pick(NUMS) : rng.pick(NAMES);
    if (which === 0) rep = ` ${rep} `;
    if (which === 2 && ['local', 'function', 'end', 'for', 'in', 'do', 'then', 'if', 'return', 'while',
      'repeat', 'until', 'else', 'elseif', 'break'].includes(h[0])) continue;
    s = s.slice(0, h.index) + rep + s.slice(h.index + h[0].length);
  }
  return s;
}

function nesting(rng) {
  const n = rng.pick([rng.int(20), 190 + rng.int(20), 240 + rng.int(30), rng.int(400), 1000 + rng.int(4000)]);
  const r = (str, k = n) => str.repeat(k);
  switch (rng.int(12)) {
    case 0: return `return ${r('(')}1${r(')')}`;
    case 1: return `x = ${r('{')}${r('}')}`;
    case 2: return `${r('do ')}${r(' end')}`;
    case 3: return `${r('function f() ')}${r(' end')}`;
    case 4: return `x = a${r('..a')}`;
    case 5: return `x = ${r('- ')}1`;
    case 6: return `x = ${r('not ')}y`;
    case 7: return `${r('if x then ')}${r(' end')}`;
    case 8: return `x = 1${r(' + 1')}`;
    case 9: return `${r('while x do ')}${r(' end')}`;
    case 10: return `local a${r(', a')} = 1`;
    default: return `x = f${r('(')}${r(')')}`;
  }
}

function tokenSoup(rng) {
  const n = 1 + rng.int(40);
  const out = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(TOKENS));
  return out.join(rng.chance(0.5) ? ' ' : '');
}

function randomBytes(rng) {
  const n = rng.int(64);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(rng.chance(0.5) ? 32 + rng.int(95) : rng.int(256));
  return s;
}

function main() {
  const opts = parseArgs(process.argv.slice(2), ['--seconds', '--seed', '--max-cases', '--dir', '--luac']);
  if (opts._.length !== 1) {
    console.error('usage: fuzz-compile.mjs CLI [--seconds N] [--seed S] [--max-cases N] [--dir DIR]...');
    process.exit(2);
  }
  const cli = parseCli(opts._[0]);
  const luac = opts.luac?.[0] ?? 'luac5.1';
  const seconds = Number(opts.seconds?.[0] ?? 20);
  const maxCases = Number(opts['max-cases']?.[0] ?? Infinity);
  const seed = opts.seed ? Number(opts.seed[0]) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
  console.log(`seed ${seed} (rerun with --seed ${seed})`);
  const rng = makeRng(seed);
  const dirs = opts.dir ?? [path.join(CORPUS, 'lua'), path.join(CORPUS, 'syntax-errors')];
  const corpus = [];
  for (const d of dirs) for (const f of listLua(path.resolve(d))) corpus.push(fs.readFileSync(f, 'latin1'));
  if (!corpus.length) corpus.push('local x = 1\nprint(x)\n');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'redlua-fuzz-'));
  let findings = null;
  const input = path.join(work, 'fuzz.lua');
  const counts = { mutate: 0, tweak: 0, soup: 0, nesting: 0, bytes: 0 };
  let passed = 0, failed = 0, accepted = 0;
  const t0 = Date.now();
  while ((Date.now() - t0) / 1000 < seconds && passed + failed < maxCases) {
    const kind = rng.pick(['mutate', 'mutate', 'mutate', 'tweak', 'tweak', 'tweak', 'soup', 'nesting', 'bytes']);
    counts[kind]++;
    let src = kind === 'mutate' ? mutate(rng, rng.pick(corpus), corpus)
      : kind === 'tweak' ? tweak(rng, rng.pick(corpus))
      : kind === 'soup' ? tokenSoup(rng) : kind === 'nesting' ? nesting(rng) : randomBytes(rng);
    // A leading ESC would make luac5.1 load a precompiled chunk; out of scope here.
    if (src.startsWith('\x1b')) src = ' ' + src;
    fs.writeFileSync(input, src, 'latin1');
    const ref = run([luac, '-l', '-l', '-p', 'fuzz.lua'], { cwd: work, timeoutMs: 10000 });
    const ours = run([...cli, 'disasm', 'fuzz.lua'], { cwd: work, timeoutMs: 5000 });
    let problem = null;
    if (ours.timedOut || ours.signal || ours.error || (ours.status !== 0 && ours.status !== 1)) {
      problem = `process: ${describeProc(ours)}`;
    } else if (ref.status !== 0) {
      const want = stripPrefix(ref.stderr.replace(/\n+$/, ''), 'luac5.1: ');
      const got = stripPrefix(ours.stderr.replace(/\n+$/, ''), 'redlua: ');
      if (ours.status !== 1) problem = `luac5.1 rejects (${JSON.stringify(want)}) but redlua exits ${ours.status}`;
      else if (want !== got) problem = `message: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
    } else {
      accepted++;
      if (ours.status !== 0) problem = `luac5.1 accepts but redlua fails: ${JSON.stringify(ours.stderr.split('\n')[0])}`;
      else {
        const a = normAddr(ref.stdout), b = normAddr(ours.stdout);
        if (a !== b) problem = 'listing differs\n' + shortDiff(a, b, 10, ['luac5.1', 'redlua']);
      }
    }
    if (problem) {
      failed++;
      findings ??= fs.mkdtempSync(path.join(os.tmpdir(), 'redlua-fuzz-findings-'));
      const saved = path.join(findings, `case-${failed}-${kind}.lua`);
      fs.writeFileSync(saved, src, 'latin1');
      if (failed <= 50) console.log(`MISMATCH ${saved} (${kind}): ${problem}`);
    } else {
      passed++;
    }
  }
  const secs = (Date.now() - t0) / 1000;
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`inputs: ${passed + failed} in ${secs.toFixed(1)} s (${((passed + failed) / secs).toFixed(1)}/s); ` +
    `kinds ${JSON.stringify(counts)}; accepted by luac5.1: ${accepted}`);
  if (findings) console.log(`mismatching inputs saved in ${findings}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

try { main(); } catch (e) { console.error(e instanceof Error ? e.message : e); process.exit(2); }
