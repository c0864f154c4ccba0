// The playground: wires the views to the redlua package around one state object.
import createRedlua from 'redlua';
import { createEditor } from './editor.js';
import { createControls } from './controls.js';
import { createStatusView } from './status.js';
import { createRegistersView } from './registers.js';
import { createOutputView } from './output.js';
import './style.css';

const EXAMPLE = 'local a = 1\nlocal b = a + 2\nprint(b * 10)\nreturn b\n';
// Run executes synchronously on the page, so keep a runaway script short.
const LIMITS = { maxInstructions: 10_000_000, maxMemory: 64 * 1024 * 1024 };

const state = {
  redlua: null,     // the loaded package API
  session: null,    // the open stepping session, if any
  stale: false,     // the source changed since the session was opened
  executed: null,   // the instruction the last step executed
};

const views = {
  editor: createEditor(document.querySelector('#editor'), {
    value: EXAMPLE,
    onChange: sourceChanged,
    onRun: run,
    onStep: step,
  }),
  controls: createControls(document.querySelector('#toolbar'), { onRun: run, onStep: step, onReset: closeSession }),
  status: createStatusView(document.querySelector('#state')),
  registers: createRegistersView(document.querySelector('#registers')),
  output: createOutputView(document.querySelector('#out')),
};
window.editor = views.editor.instance; // for tests and the console

const isDone = (s) => s.status === 'finished' || s.status === 'error';

function closeSession() {
  state.session?.close();
  state.session = null;
  state.stale = false;
  state.executed = null;
  views.editor.showCurrentLine(null);
  views.controls.setStepping(false);
  views.status.clear();
  views.registers.clear();
}

function sourceChanged() {
  if (state.session && !state.stale) {
    state.stale = true;
    views.editor.showCurrentLine(null);
    views.status.clear('The script changed: Step starts a new session.');
  }
}

// Calls into the package throw only on an internal error; show it like a script error.
function guard(action) {
  try {
    action();
  } catch (e) {
    console.warn(e);
    views.output.render({ status: 'error', output: '', error: String(e.message ?? e) });
  }
}

function run() {
  if (!state.redlua) return;
  guard(() => {
    closeSession();
    const session = state.redlua.open(views.editor.getValue(), LIMITS);
    try {
      views.output.render(session.run());
    } finally {
      session.close();
    }
  });
}

function step() {
  if (!state.redlua) return;
  guard(() => {
    if (!state.session || state.stale || isDone(state.session.state())) {
      closeSession();
      state.session = state.redlua.open(views.editor.getValue(), LIMITS);
      views.controls.setStepping(true);
      views.output.clear();
    }
    const before = state.session.state();
    if (isDone(before)) {
      // The script did not even start (a syntax error): there is nothing to execute.
      state.executed = null;
      showSession(before);
      return;
    }
    state.executed = `${before.pc}: ${before.instruction}`;
    showSession(state.session.step());
  });
}

function showSession(s) {
  views.status.render(s, state.executed);
  views.registers.render(s.registers);
  views.output.render(s);
  views.editor.showCurrentLine(isDone(s) ? null : s.line);
}

async function start() {
  views.controls.setEnabled(false);
  views.controls.setStepping(false);
  views.status.clear('Loading the Lua VM…');
  views.registers.clear();
  views.output.clear();
  state.redlua = await createRedlua();
  views.status.clear();
  views.controls.setEnabled(true);
  document.body.dataset.ready = '1';
}

start().catch((e) => {
  console.error('redlua: could not load the VM', e);
  views.status.clear(`Could not load the Lua VM: ${e.message ?? e}`);
});
