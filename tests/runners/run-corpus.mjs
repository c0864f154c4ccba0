#!/usr/bin/env node
// Differential program behaviour: `CLI run FILE` vs `lua5.1 FILE`.
//
// usage: node tests/runners/run-corpus.mjs CLI [--dir DIR]... [--generated] [--known FILE]
//                                           [--timeout SECONDS] [--only SUBSTR]
//   default dir: tests/corpus/lua
// Each program runs with cwd = its directory and its base name as the path (so messages
// read `x.lua:3: ...`). Compared: stdout (exactly), the exit status, and when the program
// fails, the first line of stderr after stripping "lua5.1: " / "redlua: " (lua5.1's
// traceback is ignored). A timeout (default 10 s) is a failure.
import path from 'node:path';
import fs from 'node:fs';
import {
  parseCli, run, stripPrefix, firstLine, shortDiff, parseArgs, readKnown, listLua,
  runGenerators, Tally, describeProc, CORPUS,
} from './lib.mjs';

export function checkRun(cli, file, { lua = 'lua5.1', timeoutMs = 10000, ourPrefix = 'redlua: ' } = {}) {
  const cwd = path.dirname(file);
  const name = path.basename(file);
  const ref = run([lua, name], { cwd, timeoutMs });
  const ours = run([...cli, 'run', name], { cwd, timeoutMs });
  const problems = [];
  if (ref.timedOut || ref.signal || ref.error) {
    problems.push(`  reference lua5.1: ${describeProc(ref)}`);
  }
  if (ours.timedOut || ours.signal || ours.error || ours.status !== ref.status) {
    problems.push(`  status: expected exit ${ref.status}, got ${describeProc(ours)}`);
  }
  if (ours.stdout !== ref.stdout) {
    problems.push('  stdout differs:');
    problems.push(shortDiff(ref.stdout, ours.stdout, 10, ['lua5.1', 'redlua']));
  }
  if (ref.status !== 0 || ours.status !== 0) {
    const want = stripPrefix(firstLine(ref.stderr), 'lua5.1: ');
    const got = stripPrefix(firstLine(ours.stderr), ourPrefix);
    if (want !== got) {
      problems.push(`  stderr expected: ${JSON.stringify(want)}`);
      problems.push(`  stderr actual:   ${JSON.stringify(got)}`);
    }
  }
  return { ok: problems.length === 0, report: problems.join('\n') };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2), ['--dir', '--known', '--only', '--timeout', '--lua'], ['--generated']);
  if (opts._.length !== 1) {
    console.error('usage: run-corpus.mjs CLI [--dir DIR]... [--generated] [--known FILE] [--timeout S]');
    process.exit(2);
  }
  const cli = parseCli(opts._[0]);
  const timeoutMs = 1000 * Number(opts.timeout?.[0] ?? 10);
  const lua = opts.lua?.[0] ?? 'lua5.1';
  const dirs = (opts.dir ?? [path.join(CORPUS, 'lua')]).map((d) => path.resolve(d));
  if (opts.generated) {
    const g = await runGenerators();
    console.log(`generated cases in ${g.root} (removed at exit unless REDLUA_KEEP_GENERATED=1)`);
    if (fs.existsSync(g.lua)) dirs.push(g.lua);
  }
  const tally = new Tally(readKnown(opts.known?.[0]));
  const only = opts.only?.[0];
  const t0 = Date.now();
  for (const dir of dirs) {
    for (const file of listLua(dir)) {
      if (only && !file.includes(only)) continue;
      const r = checkRun(cli, file, { lua, timeoutMs });
      tally.record(path.basename(file), r.ok, r.report);
    }
  }
  process.exitCode = tally.finish([`time: ${((Date.now() - t0) / 1000).toFixed(1)} s`]);
}

if (process.argv[1]?.endsWith('run-corpus.mjs')) {
  main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(2); });
}
