#!/usr/bin/env node
// Differential test of Redis's Lua libraries (bit, struct, cjson, cmsgpack):
// every tests/corpus/redis-lib/*.lua runs through a real redis-server 7.0
// (EVAL, numkeys 0) and through our CLI, and the two replies are compared.
//
//   node tests/runners/redis-lib.mjs CLI        e.g. build/bin/redlua
//
// How a script runs on each side:
// - Redis: the file's text is sent as-is with EVAL over a RESP socket. A
//   script ends with `return <string>`, so the reply is a bulk string; an
//   uncaught error gives an error reply
//   "ERR user_script:N: MSG script: SHA, on @user_script:N.".
// - redlua: the file is copied to <tmpdir>/user_script (so the chunk name,
//   hence every "user_script:N:" position inside messages, matches Redis's)
//   with the body wrapped on its first line as
//     local __r = (function(...) <script>\nend)() print(__r)
//   which keeps line numbers and prints the returned value. An uncaught
//   error is printed by the CLI on stderr as "redlua: user_script:N: MSG".
//
// What is compared:
// - success on both sides: the bulk string vs stdout minus print's final "\n";
// - error on both sides: Redis's reply without the leading "ERR " and the
//   trailing " script: SHA, on @user_script:N." vs our stderr without the
//   leading "redlua: " and trailing newline (so "user_script:N: MSG" on both);
// - one side failing and the other not is a failure.
//
// Redis runs every EVAL in one Lua state, so settings such as
// cjson.encode_sparse_array() persist from script to script (our CLI starts
// fresh each time): a script that changes them must put the defaults back
// before it returns.
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { CORPUS, parseCli, run } from './lib.mjs';

const cliArg = process.argv[2];
if (!cliArg) {
  console.error('usage: node tests/runners/redis-lib.mjs CLI');
  process.exit(2);
}
const cli = parseCli(cliArg);
const dir = path.join(CORPUS, 'redis-lib');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.lua')).sort();

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Minimal RESP client: one command at a time, replies parsed from a byte buffer.
class Resp {
  constructor(sock) {
    this.sock = sock;
    this.buf = Buffer.alloc(0);
    this.waiting = null;
    sock.on('data', (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.pump();
    });
  }
  pump() {
    if (!this.waiting) return;
    const r = parseReply(this.buf, 0);
    if (!r) return;
    this.buf = this.buf.subarray(r.end);
    const w = this.waiting;
    this.waiting = null;
    w(r.value);
  }
  command(args) {
    const parts = [Buffer.from(`*${args.length}\r\n`)];
    for (const a of args) {
      const b = Buffer.isBuffer(a) ? a : Buffer.from(String(a), 'latin1');
      parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.sock.write(Buffer.concat(parts));
      this.pump();
    });
  }
}

// Returns {value, end} or null when incomplete. Errors: {error: text}.
function parseReply(buf, at) {
  const nl = buf.indexOf('\r\n', at);
  if (nl < 0) return null;
  const type = String.fromCharCode(buf[at]);
  const line = buf.toString('latin1', at + 1, nl);
  const next = nl + 2;
  if (type === '+') return { value: { text: line }, end: next };
  if (type === '-') return { value: { error: line }, end: next };
  if (type === ':') return { value: { integer: line }, end: next };
  if (type === '$') {
    const n = Number(line);
    if (n < 0) return { value: { nil: true }, end: next };
    if (buf.length < next + n + 2) return null;
    return { value: { text: buf.toString('latin1', next, next + n) }, end: next + n + 2 };
  }
  if (type === '*') {
    const n = Number(line);
    const items = [];
    let pos = next;
    for (let i = 0; i < n; i++) {
      const r = parseReply(buf, pos);
      if (!r) return null;
      items.push(r.value);
      pos = r.end;
    }
    return { value: { array: items }, end: pos };
  }
  throw new Error(`unexpected RESP type ${type}`);
}

function describe(v) {
  if (v.error !== undefined) return `error: ${v.error}`;
  if (v.text !== undefined) return JSON.stringify(v.text);
  return JSON.stringify(v);
}

async function connect(port) {
  for (let i = 0; i < 100; i++) {
    try {
      return await new Promise((resolve, reject) => {
        const s = net.connect(port, '127.0.0.1', () => resolve(s));
        s.on('error', reject);
      });
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('redis-server did not start');
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redlua-redis-lib-'));
const port = await freePort();
const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1',
  '--save', '', '--appendonly', 'no', '--dir', tmp], {
  cwd: tmp, env: { ...process.env, LC_ALL: 'C' }, stdio: 'ignore',
});
const stopServer = () => { try { server.kill('SIGKILL'); } catch { /* already gone */ } };
process.on('exit', () => {
  stopServer();
  fs.rmSync(tmp, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));

let passed = 0;
let failed = 0;
try {
  const sock = await connect(port);
  const redis = new Resp(sock);
  const scriptPath = path.join(tmp, 'user_script');
  for (const f of files) {
    const src = fs.readFileSync(path.join(dir, f), 'latin1');
    const reply = await redis.command(['EVAL', Buffer.from(src, 'latin1'), '0']);
    let expected;
    if (reply.error !== undefined) {
      expected = { error: reply.error.replace(/^ERR /, '').replace(/ script: [0-9a-f]{40}, on @user_script:\d+\.$/, '') };
    } else {
      expected = reply;
    }
    fs.writeFileSync(scriptPath, `local __r = (function(...) ${src}\nend)() print(__r)`, 'latin1');
    const r = run([...cli, 'run', 'user_script'], { cwd: tmp, timeoutMs: 10000 });
    let actual;
    if (r.status === 0) actual = { text: r.stdout.replace(/\n$/, '') };
    else actual = { error: r.stderr.replace(/^redlua: /, '').replace(/\n$/, '') || `exit ${r.status} signal ${r.signal}` };
    const same = expected.error !== undefined
      ? actual.error === expected.error
      : actual.error === undefined && expected.text === actual.text;
    if (same) passed++;
    else {
      failed++;
      console.log(`FAIL ${f}\n  expected: ${describe(expected)}\n  actual:   ${describe(actual)}`);
    }
  }
  sock.destroy();
} finally {
  stopServer();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
