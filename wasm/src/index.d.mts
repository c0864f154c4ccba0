// Public types of the redlua package (hand-written: Emscripten 3.1.6 emits none).

export interface RunOptions {
  /** Stop with "instruction limit exceeded" after this many VM instructions (0 = no limit). */
  maxInstructions?: number;
  /** Memory limit in bytes for the Lua heap; past it Lua raises "not enough memory" (0 = no limit). */
  maxMemory?: number;
  /** Lua chunk name: "@file.lua", "=name", or the source itself. Default "=script". */
  chunkName?: string;
  /**
   * 'utf8' (default): JS strings are encoded as UTF-8 for Lua and results decoded from UTF-8.
   * 'binary': strings carry raw bytes, one char code (0-255) per byte, both ways.
   */
  encoding?: 'utf8' | 'binary';
}

export interface RunResult {
  ok: boolean;
  /** Everything print() wrote, one "\n"-terminated line per call. */
  output: string;
  /** The uncaught error as lua5.1 reports it, or null. */
  error: string | null;
}

export interface DisassembleResult {
  ok: boolean;
  /** The listing `luac5.1 -l -l -p` prints (addresses differ). */
  listing: string;
  error: string | null;
}

export interface RegisterState {
  index: number;
  /** The local variable held in this register at the current pc, if any. */
  name: string | null;
  type: string;
  value: string;
}

export interface SessionState {
  status: 'ready' | 'paused' | 'finished' | 'error';
  /** Instructions executed so far. */
  step: number;
  /** Next instruction, 1-based as luac numbers them (0 when finished). */
  pc: number;
  line: number;
  instruction: string;
  registers: RegisterState[];
  output: string;
  error: string | null;
  /** The chunk's return values, rendered, once finished. */
  results: string[];
}

export interface Session {
  step(): SessionState;
  run(): SessionState;
  state(): SessionState;
  /** Frees the session; later calls throw. */
  close(): void;
}

export interface Redlua {
  run(source: string | Uint8Array, options?: RunOptions): RunResult;
  disassemble(source: string | Uint8Array, options?: Pick<RunOptions, 'chunkName' | 'encoding'>): DisassembleResult;
  open(source: string | Uint8Array, options?: RunOptions): Session;
}

export default function createRedlua(moduleOptions?: Record<string, unknown>): Promise<Redlua>;
export { createRedlua };
