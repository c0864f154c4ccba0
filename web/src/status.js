// The stepping status: where the session is and what it executes next.
import { element, hint } from './dom.js';

function field(name, label, value) {
  const item = element('div', 'field');
  item.dataset.field = name;
  item.append(element('dt', '', label), element('dd', '', value));
  return item;
}

/** @param {HTMLElement} root the #state element */
export function createStatusView(root) {
  return {
    /** No session is open: show `message` instead. */
    clear(message = 'Press Step to execute the script one instruction at a time.') {
      root.dataset.status = 'none';
      root.replaceChildren(hint(message));
    },
    /**
     * @param {import('redlua').SessionState} state the state after the last step
     * @param {string|null} executed the instruction the last step executed, if any
     */
    render(state, executed) {
      root.dataset.status = state.status;
      const done = state.status === 'finished' || state.status === 'error';
      const list = element('dl');
      list.append(
        field('status', 'status', state.status),
        field('step', 'step', String(state.step)),
        field('pc', 'pc', done ? '—' : String(state.pc)),
        field('line', 'line', done || !state.line ? '—' : String(state.line)),
        field('instruction', 'next', done ? '—' : state.instruction),
        field('executed', 'executed', executed ?? '—'),
      );
      root.replaceChildren(list);
      if (done) root.append(hint('Step again to start over.'));
    },
  };
}
