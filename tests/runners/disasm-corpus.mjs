#!/usr/bin/env node
// Differential bytecode listings: `CLI disasm FILE` vs `luac5.1 -l -l -p FILE`.
//
// usage: node tests/runners/disasm-corpus.mjs CLI [--dir DIR]... [--errors] [--generated]
//                                              [--known FILE] [--only SUBSTR]
//   CLI         command to test, e.g. build/bin/redlua or "node wasm/bin/redlua.js"
//   --dir DIR   directories of programs that compile (default: tests/corpus/lua)
//   --errors    also check tests/corpus/syntax-errors (same check as syntax-errors.mjs)
//   --generated also run tests/corpus/gen/*.mjs and check what they produce
//   --known F   known-failures list ("filename  reason" per line)
// Each file is compiled with cwd = its directory and its base name as the path, so that
// chunk names look like `main <x.lua:0,0>`. Addresses (0x...) are normalised.
import path from 'node:path';
import fs from 'node:fs';
import {
  parseCli, run, normAddr, splitFunctions, shortDiff, stripPrefix, parseArgs, readKnown,
  listLua, runGenerators, Tally, describeProc, CORPUS,
} from './lib.mjs';
import { checkSyntaxError } from './syntax-errors.mjs';

export function checkDisasm(cli, file, luac = 'luac5.1') {
  const cwd = path.dirname(file);
  const name = path.basename(file);
  const ref = run([luac, '-l', '-l', '-p', name], { cwd });
  const ours = run([...cli, 'disasm', name], { cwd });
  const res = { ok: false, fnTotal: 0, fnSame: 0, report: '' };
  if (ref.status !== 0) {
    res.report = `  reference luac5.1 failed (${describeProc(ref)}): ${ref.stderr.trim()}`;
    return res;
  }
  const refL = normAddr(ref.stdout).replace(/\n+$/, '');
  const ourL = normAddr(ours.stdout).replace(/\n+$/, '');
  const refF = splitFunctions(refL);
  const ourF = splitFunctions(ourL);
  res.fnTotal = refF.length;
  for (let i = 0; i < refF.length; i++) if (ourF[i] === refF[i]) res.fnSame++;
  const problems = [];
  if (ours.status !== 0 || ours.signal || ours.timedOut || ours.error) {
    problems.push(`  redlua: ${describeProc(ours)}${ours.stderr ? ': ' + ours.stderr.trim().split('\n')[0] : ''}`);
  }
  if (refL !== ourL) {
    if (ourF.length !== refF.length) problems.push(`  function count: expected ${refF.length}, got ${ourF.length}`);
    const bad = [];
    for (let i = 0; i < refF.length; i++) if (ourF[i] !== refF[i]) bad.push(i);
    if (bad.length) {
      const i = bad[0];
      problems.push(`  ${bad.length}/${refF.length} functions differ; first: ${refF[i].split('\n')[0]}`);
      problems.push(shortDiff(refF[i], ourF[i] ?? '', 10, ['luac5.1', 'redlua']));
    } else {
      problems.push(shortDiff(refL, ourL, 10, ['luac5.1', 'redlua']));
    }
  }
  res.ok = problems.length === 0;
  res.report = problems.join('\n');
  return res;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2), ['--dir', '--known', '--only', '--luac'], ['--errors', '--generated']);
  if (opts._.length !== 1) {
    console.error('usage: disasm-corpus.mjs CLI [--dir DIR]... [--errors] [--generated] [--known FILE]');
    process.exit(2);
  }
  const cli = parseCli(opts._[0]);
  const luac = opts.luac?.[0] ?? 'luac5.1';
  const dirs = (opts.dir ?? [path.join(CORPUS, 'lua')]).map((d) => path.resolve(d));
  const errDirs = opts.errors ? [path.join(CORPUS, 'syntax-errors')] : [];
  if (opts.generated) {
    const g = await runGenerators();
    console.log(`generated cases in ${g.root} (removed at exit unless REDLUA_KEEP_GENERATED=1)`);
    if (fs.existsSync(g.lua)) dirs.push(g.lua);
    if (opts.errors && fs.existsSync(g.syntaxErrors)) errDirs.push(g.syntaxErrors);
  }
  const tally = new Tally(readKnown(opts.known?.[0]));
  const only = opts.only?.[0];
  let fnTotal = 0, fnSame = 0;
  const t0 = Date.now();
  for (const dir of dirs) {
    for (const file of listLua(dir)) {
      if (only && !file.includes(only)) continue;
      const r = checkDisasm(cli, file, luac);
      fnTotal += r.fnTotal; fnSame += r.fnSame;
      tally.record(path.basename(file), r.ok, r.report);
    }
  }
  for (const dir of errDirs) {
    for (const file of listLua(dir)) {
      if (only && !file.includes(only)) continue;
      const r = checkSyntaxError(cli, file, luac);
      tally.record(path.basename(file), r.ok, r.report);
    }
  }
  const pct = fnTotal ? ((100 * fnSame) / fnTotal).toFixed(1) : '100.0';
  process.exitCode = tally.finish([
    `time: ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    `functions identical: ${fnSame}/${fnTotal} (${pct}%)`,
  ]);
}

if (process.argv[1]?.endsWith('disasm-corpus.mjs')) {
  main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(2); });
}
