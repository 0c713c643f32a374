// Keys of presentation clickers and keyboards. Clickers send PageDown/PageUp (some send arrows or
// Space); `B` and `.` are the "blank screen" key of many clickers and pause here instead.
export type KioskCommand = 'next' | 'previous' | 'first' | 'last' | 'toggle' | 'fullscreen';

const COMMANDS: Record<string, KioskCommand> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  p: 'toggle',
  P: 'toggle',
  b: 'toggle',
  B: 'toggle',
  '.': 'toggle',
  MediaPlayPause: 'toggle',
  f: 'fullscreen',
  F: 'fullscreen',
};

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The kiosk command of a key press; null for keys the kiosk leaves alone (shortcuts, Tab, Enter). */
export function commandForKey(event: KeyLike): KioskCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return COMMANDS[event.key] ?? null;
}

// Typing in a text field is not a slide command (shared with the views' own shortcuts).
export { isTextEntry } from '../../components/text-entry';
