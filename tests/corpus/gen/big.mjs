#!/usr/bin/env node
// Generates corpus cases too big to commit. Used by the runners' --generated flag, or
// standalone: node tests/corpus/gen/big.mjs OUTDIR   (writes OUTDIR/lua, OUTDIR/syntax-errors)
//
// lua/            programs that compile (and run under lua5.1 with exit 0)
// syntax-errors/  programs luac5.1 rejects
import fs from 'node:fs';
import path from 'node:path';

const rep = (s, n) => s.repeat(n);

export const luaCases = {
  // SETLIST with C == 0: more than 511 batches of 50 needs an extra instruction word.
  'gen_setlist_26000.lua': () => {
    const items = [];
    for (let i = 1; i <= 26000; i++) items.push(String(i % 997));
    return `local t = {${items.join(',')}}\nprint(#t, t[1], t[25550], t[25551], t[26000])\n`;
  },
  // Constants well past the RK limit (256) and many distinct strings.
  'gen_constants_5000.lua': () => {
    const lines = ['local t = {}'];
    for (let i = 0; i < 5000; i++) lines.push(`t[${i + 0.5}] = "s${i}"`);
    lines.push('local n = 0 for k, v in pairs(t) do n = n + 1 end', 'print(n, t[0.5], t[4999.5])');
    return lines.join('\n') + '\n';
  },
  // Long forward/backward jumps that still fit in sBx.
  'gen_long_loop_body.lua': () => {
    return `local a, n = 0, 0\nwhile n < 2 do\n${rep('a = a + 1 ', 60000)}\nn = n + 1\nend\nprint(a)\n`;
  },
  // Many lines: line info for every instruction.
  'gen_many_lines.lua': () => {
    const lines = ['local s = 0'];
    for (let i = 0; i < 30000; i++) lines.push(`s = s + ${i % 10}`);
    lines.push('print(s)');
    return lines.join('\n') + '\n';
  },
  // Deep but legal nesting: 190 parentheses, 190 nested tables.
  'gen_nesting_190.lua': () =>
    `local x = ${rep('(', 190)}1${rep(')', 190)}\nlocal t = ${rep('{', 190)}${rep('}', 190)}\nprint(x, type(t))\n`,
  // A long string constant and a long long-string.
  'gen_long_strings.lua': () =>
    `local s = "${rep('abcdefghij', 20000)}"\nlocal l = [==[${rep('line\n', 20000)}]==]\nprint(#s, #l)\n`,
  // Many functions.
  'gen_many_functions.lua': () => {
    const lines = ['local fs = {}'];
    for (let i = 0; i < 2000; i++) lines.push(`fs[${i + 1}] = function(x) return x + ${i} end`);
    lines.push('local s = 0 for i = 1, #fs do s = s + fs[i](1) end print(s)');
    return lines.join('\n') + '\n';
  },
};

export const syntaxErrorCases = {
  'se_gen_parens_10000.lua': () => `x = ${rep('(', 10000)}1${rep(')', 10000)}\n`,
  'se_gen_blocks_10000.lua': () => `${rep('do ', 10000)}${rep('end ', 10000)}\n`,
  'se_gen_tables_10000.lua': () => `x = ${rep('{', 10000)}${rep('}', 10000)}\n`,
  'se_gen_functions_5000.lua': () => `${rep('function f() ', 5000)}${rep('end ', 5000)}\n`,
  'se_gen_concat_10000.lua': () => `x = a${rep('..a', 10000)}\n`,
  'se_gen_unary_10000.lua': () => `x = ${rep('not ', 10000)}1\n`,
  // More than MAXARG_sBx (131071) instructions inside a loop.
  'se_gen_control_structure_too_long.lua': () =>
    `local a = 0\nwhile a do\n${rep('a = a + 1 ', 132000)}\nend\n`,
  'se_gen_if_too_long.lua': () => `local a = 0\nif a then\n${rep('a = a + 1 ', 132000)}\nend\n`,
  'se_gen_locals_1000.lua': () => Array.from({ length: 1000 }, (_, i) => `local v${i} = ${i}`).join('\n') + '\n',
  'se_gen_error_at_line_100000.lua': () => `${rep('\n', 99999)}x = = 1\n`,
  'se_gen_unfinished_long_string_big.lua': () => `x = [[${rep('text\n', 50000)}`,
};

export function generate(outDir) {
  for (const [sub, cases] of [['lua', luaCases], ['syntax-errors', syntaxErrorCases]]) {
    const dir = path.join(outDir, sub);
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, make] of Object.entries(cases)) fs.writeFileSync(path.join(dir, name), make());
  }
}

if (process.argv[1]?.endsWith('big.mjs')) {
  const out = process.argv[2];
  if (!out) { console.error('usage: node tests/corpus/gen/big.mjs OUTDIR'); process.exit(2); }
  generate(out);
  console.log(`wrote ${Object.keys(luaCases).length} programs and ${Object.keys(syntaxErrorCases).length} syntax errors under ${out}`);
}
