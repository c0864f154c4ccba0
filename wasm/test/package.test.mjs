// The npm package as a user imports it, checked against lua5.1 / luac5.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import createRedlua from 'redlua';

const here = dirname(fileURLToPath(import.meta.url));
const cliPath = join(here, '..', 'bin', 'redlua.js');
const rl = await createRedlua();

// Runs `source` as a file named NAME under lua5.1 (or luac5.1) in a temp dir.
function reference(tool, args, name, source) {
  const dir = mkdtempSync(join(tmpdir(), 'redlua-ref-'));
  try {
    writeFileSync(join(dir, name), source);
    return spawnSync(tool, [...args, name], { cwd: dir, encoding: 'latin1' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ourCli(args, name, source) {
  const dir = mkdtempSync(join(tmpdir(), 'redlua-cli-'));
  try {
    writeFileSync(join(dir, name), source);
    return spawnSync(process.execPath, [cliPath, ...args, name], { cwd: dir, encoding: 'latin1' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const withoutAddresses = (s) => s.replace(/0x[0-9a-fA-F]+/g, '0x?');

const arithmetic = 'local a = 6\nlocal b = a * 7\nprint(b, a - 1.5, b / 4)\nprint("x" .. "y")\nreturn b\n';

test('run() prints what lua5.1 prints', () => {
  const lua = reference('lua5.1', [], 'a.lua', arithmetic);
  assert.equal(lua.status, 0);
  const ours = rl.run(arithmetic, { chunkName: '@a.lua' });
  assert.equal(ours.ok, true, ours.error);
  assert.equal(ours.output, lua.stdout);
  assert.equal(ours.error, null);
});

test('run() reports an uncaught error as lua5.1 does', () => {
  const source = 'local t = nil\nlocal x = 1\nprint(x)\nerror("boom")\n';
  const lua = reference('lua5.1', [], 'e.lua', source);
  assert.equal(lua.status, 1);
  const ours = rl.run(source, { chunkName: '@e.lua' });
  assert.equal(ours.ok, false);
  assert.equal(ours.output, lua.stdout);
  assert.equal(`lua5.1: ${ours.error}`, lua.stderr.split('\n')[0]);
});

test('a syntax error has luac5.1 text', () => {
  const source = 'local x = = 1\n';
  const luac = reference('luac5.1', ['-p'], 's.lua', source);
  assert.equal(luac.status, 1);
  const ours = rl.run(source, { chunkName: '@s.lua' });
  assert.equal(ours.ok, false);
  assert.equal(`luac5.1: ${ours.error}`, luac.stderr.trim());
});

test('disassemble() gives the luac5.1 -l -l listing', () => {
  const luac = reference('luac5.1', ['-l', '-l', '-p'], 'd.lua', arithmetic);
  assert.equal(luac.status, 0);
  const ours = rl.disassemble(arithmetic, { chunkName: '@d.lua' });
  assert.equal(ours.ok, true, ours.error);
  assert.equal(withoutAddresses(ours.listing), withoutAddresses(luac.stdout));
});

test('a session steps one instruction at a time and shows the registers', () => {
  const session = rl.open('local x = 6\nlocal y = x * 7\nreturn y\n');
  try {
    const ready = session.state();
    assert.equal(ready.status, 'ready');
    assert.equal(ready.step, 0);
    assert.equal(ready.pc, 1);
    assert.equal(ready.line, 1);
    assert.equal(ready.instruction, 'LOADK 0 -1');

    let st = session.step();                     // LOADK 0 -1: x = 6
    assert.equal(st.status, 'paused');
    assert.equal(st.step, 1);
    assert.equal(st.pc, 2);
    assert.equal(st.line, 2);
    assert.deepEqual(pick(st.registers[0]), { index: 0, name: 'x', type: 'number', value: '6' });

    st = session.step();                         // MUL 1 0 -2: y = x * 7
    assert.equal(st.line, 3);
    assert.deepEqual(pick(st.registers[1]), { index: 1, name: 'y', type: 'number', value: '42' });

    st = session.step();                         // RETURN 1 2
    assert.equal(st.status, 'finished');
    assert.deepEqual(st.results, ['42']);
    assert.equal(session.step().status, 'finished');  // stepping past the end changes nothing
  } finally {
    session.close();
  }
  assert.throws(() => session.step(), /closed/);
});

test('a session reports the instruction limit and a script error', () => {
  const looping = rl.run('local i = 0\nwhile true do i = i + 1 end\n', { maxInstructions: 10000 });
  assert.equal(looping.ok, false);
  assert.equal(looping.error, 'instruction limit exceeded');

  const session = rl.open('local a = 1\nerror("stop here")\n', { chunkName: '@s.lua' });
  const st = session.run();
  session.close();
  assert.equal(st.status, 'error');
  assert.equal(st.error, 's.lua:2: stop here');
});

test('strings are bytes: UTF-8 text round-trips, binary mode keeps raw bytes', () => {
  const text = rl.run('print("héllo", #"é")');
  assert.equal(text.output, 'héllo\t2\n');
  const binary = rl.run('print("\\255\\000x")', { encoding: 'binary' });
  assert.equal(binary.output, '\xff\x00x\n');
});

test('the Node CLI prints what lua5.1 and luac5.1 print', () => {
  const lua = reference('lua5.1', [], 'c.lua', arithmetic);
  const run = ourCli(['run'], 'c.lua', arithmetic);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, lua.stdout);

  const luac = reference('luac5.1', ['-l', '-l', '-p'], 'c.lua', arithmetic);
  const disasm = ourCli(['disasm'], 'c.lua', arithmetic);
  assert.equal(disasm.status, 0, disasm.stderr);
  assert.equal(withoutAddresses(disasm.stdout), withoutAddresses(luac.stdout));

  const failing = 'print(1)\nerror("bad")\n';
  const luaErr = reference('lua5.1', [], 'f.lua', failing);
  const ourErr = ourCli(['run'], 'f.lua', failing);
  assert.equal(ourErr.status, 1);
  assert.equal(ourErr.stdout, luaErr.stdout);
  assert.equal(ourErr.stderr.replace(/^redlua: /, 'lua5.1: '), luaErr.stderr.split('\n')[0] + '\n');
});

function pick({ index, name, type, value }) {
  return { index, name, type, value };
}
