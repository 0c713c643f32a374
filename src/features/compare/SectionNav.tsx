// Jumps within the long compare page. Buttons, not #anchors: the hash holds the view state, so a
// jump must not change it; focus moves to the section so keyboard users land there too.
import { useTranslation } from 'react-i18next';
import { revealOf, useReveal, waitingPlaceholders } from './deferred/mounting';
import '../../i18n/ns/compare';

const SECTIONS = ['where', 'splits', 'lines', 'charts', 'timeline', 'figures', 'units'] as const;

export function SectionNav() {
  const { t } = useTranslation('compare');
  const reveal = useReveal();
  const go = (id: string) => {
    const target = document.getElementById(`cmp-${id}`);
    if (!target) return;
    // Cards not drawn yet, up to the end of the section, are drawn first (synchronously): the
    // section is there to read, and nothing above it changes height after the scroll.
    const waiting = waitingPlaceholders(target.closest('.compare'), target).map(revealOf);
    if (waiting.length > 0) reveal(waiting, 'now', target);
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="cmp-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => go(id)}>
              {t(`nav.${id}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
