// Whether a key press belongs to a text field rather than to a page's shortcut: typing in a
// filter box is not "go up" (explore, the compare treemap) nor "next slide" (the kiosk).

/** true for a key pressed in a text field: an editable element, a textarea, a select, a text-like input. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'image', 'color', 'file'].includes(type);
}
