// Small DOM helpers shared by the views.

/** A new element with an optional class and text. */
export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A muted line of explanation, shown where a view has nothing to show. */
export function hint(text) {
  return element('p', 'hint', text);
}
