// Everything a person does in front of the kiosk. Clicker and arrow keys move between slides;
// a tap, a click, the wheel or any other key pauses the tour (it plays again after the idle time,
// see scheduler.ts). Moving the pointer only shows the cursor and the controls for a moment: a
// nudged mouse does not stop a presentation. Listeners live on window for the life of the player
// and are removed on unmount.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { commandForKey, isTextEntry, type KioskCommand } from './kiosk-keys';

/** How long the cursor and the controls stay visible after the last movement or input. */
const SHOW_CONTROLS_MS = 3_000;

export interface KioskInputHandlers {
  command(command: KioskCommand): void;
  /** a tap, click, wheel or key that is not a command: pause */
  input(): void;
  /** pointer movement: keep a paused tour paused a little longer */
  activity(): void;
}

/** Marks the kiosk's own controls, whose presses are commands rather than "someone is here". */
export const CONTROLS_ATTRIBUTE = 'data-kiosk-controls';

function inControls(target: EventTarget | null): boolean {
  return (
    typeof (target as Element | null)?.closest === 'function' &&
    (target as Element).closest(`[${CONTROLS_ATTRIBUTE}]`) !== null
  );
}

/** Returns whether someone was active in the last few seconds (cursor and controls shown). */
export function useKioskInput(handlers: KioskInputHandlers): boolean {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const [active, setActive] = useState(true);

  // Before the first paint: a clicker pressed as soon as the first slide shows is not lost.
  useLayoutEffect(() => {
    let hideTimer = window.setTimeout(() => setActive(false), SHOW_CONTROLS_MS);
    const wake = () => {
      setActive(true);
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => setActive(false), SHOW_CONTROLS_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      wake();
      if (isTextEntry(event.target)) return latest.current.input();
      // Space and Enter on a focused kiosk control press that control.
      if (event.key === ' ' && inControls(event.target)) return;
      const command = commandForKey(event);
      if (!command) return latest.current.input();
      // Capture phase and stopPropagation: a presenter's clicker wins over a focused chart's own
      // arrow-key navigation. Tab and Enter still reach the views.
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat || command === 'next' || command === 'previous') latest.current.command(command);
    };
    const onPress = (event: Event) => {
      wake();
      // The controls act themselves: pausing on their pointerdown would turn "pause" into "play".
      if (!inControls(event.target)) latest.current.input();
    };
    const onMove = () => {
      wake();
      latest.current.activity();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('pointerdown', onPress, { capture: true, passive: true });
    window.addEventListener('wheel', onPress, { capture: true, passive: true });
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => {
      window.clearTimeout(hideTimer);
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('pointerdown', onPress, { capture: true });
      window.removeEventListener('wheel', onPress, { capture: true });
      window.removeEventListener('pointermove', onMove);
    };
  }, []);

  return active;
}
