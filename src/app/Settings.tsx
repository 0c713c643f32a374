// Language, unit and theme: each lives in the URL; the language and the unit are also remembered.
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n';
import { useViewState } from '../state/use-view-state';
import { THEMES, UNITS, type Theme, type UnitParam } from '../state/link/values';
import { rememberUnit } from '../state/remembered-unit';
import { useUnit } from '../components/use-money';
import { useLanguage } from '../shell/sync';
import type { Lang } from '../domain/lang';

export function Settings() {
  const { t, i18n } = useTranslation('common');
  const [state, navigate] = useViewState();
  const lang = useLanguage();
  const unit = useUnit();
  const switchUnit = (next: UnitParam) => {
    rememberUnit(next);
    // Written even when 'auto': an explicit choice in the URL wins over the remembered unit.
    navigate({ unit: next }, { replace: true });
  };
  const switchLanguage = (next: Lang) => {
    rememberLanguage(next);
    // The URL may not change (the default language is not written), so switch i18next directly.
    void i18n.changeLanguage(next);
    navigate({ lang: next === 'zh-CN' ? null : next }, { replace: true });
  };
  return (
    <div className="settings">
      <div role="group" aria-label={t('settings.language')} className="segmented">
        {(['zh-CN', 'en'] as const).map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={lang === option}
            onClick={() => switchLanguage(option)}
          >
            {option === 'zh-CN' ? '中文' : 'English'}
          </button>
        ))}
      </div>
      <label className="select-label">
        <span>{t('settings.unit')}</span>
        <select value={unit} onChange={(e) => switchUnit(e.target.value as UnitParam)}>
          {UNITS.map((option) => (
            <option key={option} value={option}>
              {t(`units.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="select-label">
        <span>{t('settings.theme')}</span>
        <select value={state.theme} onChange={(e) => navigate({ theme: e.target.value as Theme }, { replace: true })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`themes.${theme}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
