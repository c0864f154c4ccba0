// The registers of the current frame: one row per register.
import { element, hint } from './dom.js';

/** @param {HTMLElement} root the #registers element */
export function createRegistersView(root) {
  let previous = new Map(); // index → type and value, to mark what the last step changed

  return {
    clear() {
      previous = new Map();
      root.replaceChildren(hint('No frame.'));
    },
    /** @param {import('redlua').RegisterState[]} registers */
    render(registers) {
      if (registers.length === 0) {
        previous = new Map();
        root.replaceChildren(hint('No active frame.'));
        return;
      }
      const table = element('table');
      const head = table.createTHead().insertRow();
      for (const title of ['#', 'local', 'value']) head.append(element('th', '', title));
      const body = table.createTBody();
      const next = new Map();
      for (const reg of registers) {
        const row = body.insertRow();
        row.dataset.reg = String(reg.index);
        const key = `${reg.type}:${reg.value}`;
        if (previous.size > 0 && previous.get(reg.index) !== key) row.classList.add('changed');
        next.set(reg.index, key);
        const value = element('td', 'value', reg.value);
        value.dataset.type = reg.type;
        value.title = reg.type;
        row.append(element('td', 'index', String(reg.index)), element('td', 'name', reg.name ?? ''), value);
      }
      previous = next;
      root.replaceChildren(table);
    },
  };
}
