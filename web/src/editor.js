// The editor view: Monaco with Lua highlighting, and a marker for the line
// the stepping session is on.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/languages/definitions/lua/register.js';
// editor.api.js is the bare editor; these are the editing features worth having.
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/smartSelect/register.js';
import 'monaco-editor/features/unicodeHighlighter/register.js'; // flags invisible and confusable characters
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';

// Monaco computes in a worker (unicode highlighting, diffs, links); Lua needs no language worker.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

/**
 * Creates the editor inside `container`.
 * @param {HTMLElement} container
 * @param {{ value: string, onChange: () => void, onRun: () => void, onStep: () => void }} options
 */
export function createEditor(container, { value, onChange, onRun, onStep }) {
  const editor = monaco.editor.create(container, {
    value,
    language: 'lua',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'gutter',
    glyphMargin: true,
    tabSize: 2,
  });
  editor.onDidChangeModelContent(() => onChange());
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRun());
  editor.addCommand(monaco.KeyCode.F10, () => onStep());

  const currentLine = editor.createDecorationsCollection();

  return {
    instance: editor,
    getValue: () => editor.getValue(),
    /** Marks `line` (1-based) as the one being executed; 0 or null clears the mark. */
    showCurrentLine(line) {
      if (!line) {
        currentLine.clear();
        return;
      }
      currentLine.set([{
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: 'redlua-exec-line',
          glyphMarginClassName: 'redlua-exec-glyph',
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      }]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
  };
}
