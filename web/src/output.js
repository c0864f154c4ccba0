// The output: what print() wrote, then the script's result or its error.
import { element, hint } from './dom.js';

/** @param {HTMLElement} root the #out element */
export function createOutputView(root) {
  return {
    clear() {
      root.dataset.status = 'none';
      root.replaceChildren();
    },
    /**
     * @param {{ status: string, output: string, error: string|null, results?: string[] }} outcome
     *   a finished run, or the state of a stepping session so far
     */
    render({ status, output, error, results = [] }) {
      root.dataset.status = status;
      const parts = [];
      if (output) parts.push(element('pre', 'print', output));
      if (status === 'error') {
        parts.push(element('pre', 'error', `error: ${error}`));
      } else if (status === 'finished') {
        parts.push(element('pre', 'result', results.length ? `result: ${results.join(', ')}` : 'result: (none)'));
      }
      root.replaceChildren(...(parts.length ? parts : [hint('Nothing printed yet.')]));
    },
  };
}
