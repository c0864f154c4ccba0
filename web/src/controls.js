// The toolbar: Run, Step and Reset.

/**
 * @param {HTMLElement} root the toolbar; holds #run, #step and #reset
 * @param {{ onRun: () => void, onStep: () => void, onReset: () => void }} handlers
 */
export function createControls(root, { onRun, onStep, onReset }) {
  const run = root.querySelector('#run');
  const step = root.querySelector('#step');
  const reset = root.querySelector('#reset');
  run.addEventListener('click', () => onRun());
  step.addEventListener('click', () => onStep());
  reset.addEventListener('click', () => onReset());

  return {
    /** The buttons stay disabled until the wasm module has loaded. */
    setEnabled(enabled) {
      run.disabled = step.disabled = !enabled;
    },
    /** Reset only makes sense while a stepping session is open. */
    setStepping(stepping) {
      reset.disabled = !stepping;
    },
  };
}
