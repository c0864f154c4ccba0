#!/usr/bin/env node
// Programs that must not compile: `luac5.1 -p FILE` fails, and `CLI disasm FILE` fails
// with exit status 1 and the same message.
//
// usage: node tests/runners/syntax-errors.mjs CLI [--dir DIR]... [--generated] [--known FILE]
//   default dir: tests/corpus/syntax-errors
// Compared: luac5.1's stderr without its leading "luac5.1: " against our stderr without
// its leading "redlua: " (whole text, trailing newlines trimmed); our exit status must be 1.
import path from 'node:path';
import fs from 'node:fs';
import {
  parseCli, run, stripPrefix, parseArgs, readKnown, listLua, runGenerators, Tally,
  describeProc, CORPUS,
} from './lib.mjs';

const clean = (s, prefix) => stripPrefix(s.replace(/\n+$/, ''), prefix);

export function checkSyntaxError(cli, file, luac = 'luac5.1', ourPrefix = 'redlua: ') {
  const cwd = path.dirname(file);
  const name = path.basename(file);
  const ref = run([luac, '-p', name], { cwd });
  const res = { ok: false, report: '' };
  if (ref.status === 0) {
    res.report = '  reference luac5.1 accepts this file (it should be a syntax error)';
    return res;
  }
  const ours = run([...cli, 'disasm', name], { cwd });
  const want = clean(ref.stderr, 'luac5.1: ');
  const got = clean(ours.stderr, ourPrefix);
  const problems = [];
  if (ours.status !== 1 || ours.signal || ours.timedOut || ours.error) {
    problems.push(`  redlua: ${describeProc(ours)} (expected exit 1)`);
  }
  if (want !== got) {
    problems.push(`  expected: ${JSON.stringify(want)}`);
    problems.push(`  actual:   ${JSON.stringify(got)}`);
  }
  res.ok = problems.length === 0;
  res.report = problems.join('\n');
  return res;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2), ['--dir', '--known', '--only', '--luac'], ['--generated']);
  if (opts._.length !== 1) {
    console.error('usage: syntax-errors.mjs CLI [--dir DIR]... [--generated] [--known FILE]');
    process.exit(2);
  }
  const cli = parseCli(opts._[0]);
  const luac = opts.luac?.[0] ?? 'luac5.1';
  const dirs = (opts.dir ?? [path.join(CORPUS, 'syntax-errors')]).map((d) => path.resolve(d));
  if (opts.generated) {
    const g = await runGenerators();
    console.log(`generated cases in ${g.root} (removed at exit unless REDLUA_KEEP_GENERATED=1)`);
    if (fs.existsSync(g.syntaxErrors)) dirs.push(g.syntaxErrors);
  }
  const tally = new Tally(readKnown(opts.known?.[0]));
  const only = opts.only?.[0];
  const t0 = Date.now();
  for (const dir of dirs) {
    for (const file of listLua(dir)) {
      if (only && !file.includes(only)) continue;
      const r = checkSyntaxError(cli, file, luac);
      tally.record(path.basename(file), r.ok, r.report);
    }
  }
  process.exitCode = tally.finish([`time: ${((Date.now() - t0) / 1000).toFixed(1)} s`]);
}

if (process.argv[1]?.endsWith('syntax-errors.mjs')) {
  main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(2); });
}
