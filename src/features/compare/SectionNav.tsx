// Jumps within the long compare page. Buttons, not #anchors: the hash holds the view state, so a
// jump must not change it; focus moves to the section so keyboard users land there too.
import { useTranslation } from 'react-i18next';
import { useScheduler } from '../../components/deferred/DeferredWork';
import { SECTIONS } from './cards/sections';
import '../../i18n/ns/compare';

export function SectionNav() {
  const { t } = useTranslation('compare');
  const scheduler = useScheduler();
  const go = (id: string) => {
    const target = document.getElementById(`cmp-${id}`);
    if (!target) return;
    // Synchronously, before the scroll: the cards not drawn yet up to the end of the section (the
    // section is there to read, and nothing above it changes height after the scroll), and the
    // charts in it and near the viewport.
    scheduler.now(target);
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
