// A term of the documents' glossary (名词解释) that shows its definition on hover and on keyboard
// focus. The Chinese definition is the latest document's own text; English readers get a faithful
// translation from the `glossary` namespace, filed under the same stable key (src/domain/glossary.ts).
//
// Pattern: a text-styled <button> (focusable, and a tap opens it on touch screens) described by a
// role="tooltip" element via aria-describedby, so screen readers announce the definition with the
// term. Escape closes it; the tooltip stays open while the pointer moves onto it (WCAG 1.4.13).
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { latestDefinition, type GlossaryKey } from '../domain/glossary';
import { useDataStore } from '../state/data-store';
import { useLang } from './use-money';
import './glossary-term.css';
import '../i18n/ns/glossary';

const CLOSE_DELAY_MS = 150;
const MARGIN = 8;

export function GlossaryTerm({ term, children }: { term: GlossaryKey; children: ReactNode }) {
  const { t } = useTranslation('glossary');
  const lang = useLang();
  const documents = useDataStore((s) => s.documents);
  const found = latestDefinition(documents, term);
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<number | undefined>(undefined);

  const show = useCallback(() => {
    window.clearTimeout(closeTimer.current);
    setOpen(true);
  }, []);
  const hideSoon = useCallback(() => {
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(() => setOpen(false), CLOSE_DELAY_MS);
  }, []);
  const hide = useCallback(() => {
    window.clearTimeout(closeTimer.current);
    setOpen(false);
  }, []);
  useEffect(() => () => window.clearTimeout(closeTimer.current), []);

  // Fixed position under the term (above it near the bottom edge), kept inside the viewport so it
  // is readable at 390 px wide; follows the term while the page scrolls.
  const place = useCallback(() => {
    const button = buttonRef.current;
    const tip = tipRef.current;
    if (!button || !tip) return;
    const rect = button.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
    const below = rect.bottom + 6;
    const top =
      below + height > window.innerHeight - MARGIN && rect.top - height - 6 > MARGIN ? rect.top - height - 6 : below;
    setPosition({ top, left });
  }, []);
  useLayoutEffect(() => {
    if (!open) return;
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, place]);

  const definition = lang === 'zh-CN' && found ? found.entry.definition : t(`definitions.${term}`);
  const source = found ? t(lang === 'zh-CN' ? 'source' : 'sourceTranslated', { year: found.year }) : null;

  return (
    <span className="glossary-term" onMouseEnter={show} onMouseLeave={hideSoon}>
      <button
        ref={buttonRef}
        type="button"
        className="glossary-term-label"
        aria-describedby={tipId}
        onFocus={show}
        onBlur={hide}
        onClick={show}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            hide();
          }
        }}
      >
        {children}
      </button>
      <span
        ref={tipRef}
        id={tipId}
        role="tooltip"
        className="glossary-tooltip"
        hidden={!open}
        style={position ? { top: position.top, left: position.left } : undefined}
      >
        <span className="glossary-tooltip-definition">{definition}</span>
        {source && <span className="glossary-tooltip-source">{source}</span>}
      </span>
    </span>
  );
}
