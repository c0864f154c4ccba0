// The public JS API of the redlua package. The wasm module (dist/redlua-core.mjs,
// built from wasm/bindings.cpp) is wrapped here into plain functions and
// objects; everything else is internal.
//
// Lua strings are bytes. The module exchanges "binary strings" (one char per
// byte, as Latin-1); this wrapper encodes JS text as UTF-8 on the way in and
// decodes it on the way out, unless { encoding: 'binary' } asks for raw bytes.
import createRedluaCore from '../dist/redlua-core.mjs';

const DEFAULT_CHUNK = '=script';
const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

function bytesToBinary(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return out;
}

function binaryToBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function codec(options) {
  if (options.encoding === 'binary') return { encode: (s) => String(s), decode: (s) => s };
  return {
    encode: (s) => (s instanceof Uint8Array ? bytesToBinary(s) : bytesToBinary(utf8Encoder.encode(String(s)))),
    decode: (s) => (typeof s === 'string' ? utf8Decoder.decode(binaryToBytes(s)) : s),
  };
}

function decodeFields(result, fields, decode) {
  for (const f of fields) if (typeof result[f] === 'string') result[f] = decode(result[f]);
  return result;
}

function limits(options) {
  return [Number(options.maxInstructions ?? 0), Number(options.maxMemory ?? 0)];
}

// The facade reports its own failures (a C++ exception caught at the
// boundary, never a Lua error) as {internalError}; they become JS errors.
function checkResult(result) {
  if (result.internalError !== undefined) throw new Error(`redlua: internal error: ${result.internalError}`);
  return result;
}

function decodeState(state, decode) {
  decodeFields(state, ['output', 'error', 'instruction'], decode);
  for (const r of state.registers) decodeFields(r, ['name', 'value'], decode);
  state.results = state.results.map(decode);
  return state;
}

class Session {
  #core;
  #decode;
  constructor(core, source, options) {
    const { encode, decode } = codec(options);
    this.#decode = decode;
    this.#core = new core.Session(encode(source), encode(options.chunkName ?? DEFAULT_CHUNK), ...limits(options));
  }
  #call(method) {
    if (!this.#core) throw new Error('redlua: this session has been closed');
    return decodeState(checkResult(this.#core[method]()), this.#decode);
  }
  /** Executes one instruction and returns the new state. */
  step() { return this.#call('step'); }
  /** Runs to the end (or the instruction limit) and returns the final state. */
  run() { return this.#call('run'); }
  /** The current state without executing anything. */
  state() { return this.#call('state'); }
  /** Frees the session; any later call throws. */
  close() {
    if (this.#core) {
      this.#core.delete();
      this.#core = null;
    }
  }
}

/**
 * Loads the WebAssembly module and resolves to the redlua API.
 * @param {object} [moduleOptions] passed to the Emscripten module factory
 */
export default async function createRedlua(moduleOptions = {}) {
  const core = await createRedluaCore(moduleOptions);
  return {
    /** Compiles and runs a plain Lua 5.1 chunk. */
    run(source, options = {}) {
      const { encode, decode } = codec(options);
      const result = checkResult(core.runScript(encode(source), encode(options.chunkName ?? DEFAULT_CHUNK), ...limits(options)));
      return decodeFields(result, ['output', 'error'], decode);
    },
    /** The `luac5.1 -l -l -p` listing of a chunk. */
    disassemble(source, options = {}) {
      const { encode, decode } = codec(options);
      const result = checkResult(core.disassembleScript(encode(source), encode(options.chunkName ?? DEFAULT_CHUNK)));
      return decodeFields(result, ['listing', 'error'], decode);
    },
    /** Opens a session that steps through a plain Lua chunk one instruction at a time. */
    open(source, options = {}) {
      return new Session(core, source, options);
    },
  };
}

export { createRedlua };
