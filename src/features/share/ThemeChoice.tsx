// The colour theme a link or an embed asks for. 'auto' (the default) follows the system setting
// of whoever reads it; light or dark only when the sharer picks one (see shared-view.ts).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../state/link/values';
import '../../i18n/ns/share';

interface Props {
  label: string;
  value: Theme;
  onChange: (theme: Theme) => void;
}

export function ThemeChoice({ label, value, onChange }: Props) {
  const { t } = useTranslation('share');
  const id = useId();
  return (
    <div className="share-theme">
      <label htmlFor={id} className="share-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Theme)}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`theme.${theme}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
