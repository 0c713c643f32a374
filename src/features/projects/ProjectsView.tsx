// Every project description of the chosen year, filterable by text. Year (`year`), filter (`q`)
// and the open project (`project`) live in the URL, so a link opens the same project; the open
// project is scrolled into view when the link is followed. Names are published in Chinese only:
// the filter also matches our English names, in either language, and English shows them.
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../../state/data-store';
import { documentForYear, yearsOf } from '../../state/selectors';
import { useViewState } from '../../state/use-view-state';
import { YearPicker } from '../../components/YearPicker';
import { useLang } from '../../components/use-money';
import { filterProjects } from './project-filter';
import { ProjectItem } from './ProjectItem';
import './projects.css';
import '../../i18n/ns/projects';
import { englishProjectName } from '../../i18n/ns/projectNames';

export default function ProjectsView() {
  const { t, i18n } = useTranslation('projects');
  const lang = useLang();
  const [state, navigate] = useViewState();
  const documents = useDataStore((s) => s.documents);
  const doc = documentForYear(documents, state.year);
  const nameInEnglish = useCallback((printed: string) => englishProjectName(i18n, printed), [i18n]);
  const shown = useMemo(
    () => (doc ? filterProjects(doc.projects, state.q, nameInEnglish) : []),
    [doc, state.q, nameInEnglish],
  );
  const lines = useMemo(() => new Map(doc?.tables.expenditureByFunction.map((row) => [row.code, row])), [doc]);

  useEffect(() => {
    if (!state.project) return;
    // After the details opened (this effect runs after the DOM update), bring it into view.
    document.getElementById(`project-${state.project}`)?.scrollIntoView({ block: 'start' });
  }, [state.project, doc]);

  if (!doc) return null;
  const total = doc.projects.length;
  const q = state.q.trim();
  return (
    <section className="view projects" aria-labelledby="projects-title">
      <h1 id="projects-title">{t('title', { year: doc.year })}</h1>
      <p className="projects-intro">{t('intro')}</p>
      {lang !== 'zh-CN' && (
        <p className="projects-language-note" role="note">
          {t('chineseOnly')}
        </p>
      )}
      <div className="projects-controls">
        <YearPicker
          years={yearsOf(documents)}
          value={doc.year}
          label={t('year')}
          yearLabel={(year) => t('yearOption', { year })}
          onChange={(year) => navigate({ year, project: null })}
        />
        <label className="projects-search">
          <span>{t('search')}</span>
          <input
            type="search"
            value={state.q}
            placeholder={t('searchHint')}
            aria-describedby="projects-count"
            onChange={(event) => navigate({ q: event.target.value, project: null }, { replace: true })}
          />
        </label>
      </div>
      <p id="projects-count" className="projects-count" aria-live="polite">
        {q ? t('countFiltered', { count: shown.length, total, q }) : t('count', { count: total })}
      </p>
      {shown.length === 0 && q !== '' ? (
        <p className="projects-none">
          {t('none', { year: doc.year, q })}{' '}
          <button type="button" className="button" onClick={() => navigate({ q: '' }, { replace: true })}>
            {t('clear')}
          </button>
        </p>
      ) : (
        <ul className="project-list">
          {shown.map((project) => (
            <ProjectItem
              key={project.id}
              project={project}
              year={doc.year}
              open={state.project === project.id}
              line={project.functionCode ? lines.get(project.functionCode) : undefined}
              englishName={lang === 'zh-CN' ? undefined : nameInEnglish(project.name)}
              onToggle={(open) => navigate({ project: open ? project.id : null })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
