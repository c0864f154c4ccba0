#!/usr/bin/env node
// The Node CLI of the redlua package: the same commands and output as the
// native build/bin/redlua, on the WebAssembly module.
import { readFileSync } from 'node:fs';
import createRedlua from '../src/index.mjs';

const USAGE =
  'usage: redlua run [--max-instructions N] [--max-memory BYTES] FILE\n' +
  '       redlua disasm FILE\n';

function fail(message) {
  process.stderr.write(Buffer.from(`redlua: ${message}\n`, 'latin1'));
  return 1;
}

function usage() {
  process.stderr.write(USAGE);
  return 2;
}

// As luaL_loadfile: a first line starting with '#' is skipped, its newline kept.
function readSource(file) {
  const source = readFileSync(file, 'latin1');
  if (!source.startsWith('#')) return source;
  const eol = source.indexOf('\n');
  return eol < 0 ? '' : source.slice(eol);
}

function parseCount(text) {
  return /^[0-9]+$/.test(text ?? '') ? Number(text) : null;
}

async function commandRun(args) {
  const options = {};
  let file = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--max-instructions' || a === '--max-memory') {
      const n = parseCount(args[++i]);
      if (n === null) return fail(`invalid number for ${a}: ${args[i]}`);
      options[a === '--max-instructions' ? 'maxInstructions' : 'maxMemory'] = n;
    } else if (file === null && (!a.startsWith('-') || a === '-')) {
      file = a;
    } else {
      return usage();
    }
  }
  if (file === null) return usage();
  let source;
  try { source = readSource(file); } catch { return fail(`cannot open ${file}`); }
  const rl = await createRedlua();
  const result = rl.run(source, { ...options, chunkName: `@${file}`, encoding: 'binary' });
  writeBytes(process.stdout, result.output);
  return result.ok ? 0 : fail(result.error);
}

async function commandDisasm(args) {
  if (args.length !== 1) return usage();
  let source;
  try { source = readSource(args[0]); } catch { return fail(`cannot open ${args[0]}`); }
  const rl = await createRedlua();
  const result = rl.disassemble(source, { chunkName: `@${args[0]}`, encoding: 'binary' });
  if (!result.ok) return fail(result.error);
  writeBytes(process.stdout, result.listing);
  return 0;
}

// Binary strings from the module: one char per byte.
function writeBytes(stream, text) {
  if (text) stream.write(Buffer.from(text, 'latin1'));
}

const [command, ...args] = process.argv.slice(2);
const commands = { run: commandRun, disasm: commandDisasm };
let status;
if (!command) status = usage();
else if (!commands[command]) {
  process.stderr.write(`redlua: unknown command '${command}'\n${USAGE}`);
  status = 2;
} else status = await commands[command](args);
process.exitCode = status;
