// One project description: a <details> whose summary gives the name, implementing unit and
// amount; open, it gives the seven parts as published and the function line it belongs to.
// Open or closed follows the URL (`project`), so a link opens exactly this project. In English
// the title is our translation of the name, marked as such, over the name as published.
import { useTranslation } from 'react-i18next';
import { codeName } from '../../i18n';
import { codePath } from '../../domain/code-path';
import type { FunctionRow, Project } from '../../domain/schema';
import { Money } from '../../components/Money';
import { ViewLink } from '../../components/ViewLink';
import { PROJECT_TEXT_FIELDS } from './project-filter';
import '../../i18n/ns/projects';

export interface ProjectItemProps {
  project: Project;
  year: number;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** the function line the project belongs to, when the document says */
  line: FunctionRow | undefined;
  /** our English name, given only when the page is in English and a translation exists */
  englishName?: string | undefined;
}

function ProjectName({ printed, englishName }: { printed: string; englishName: string | undefined }) {
  const { t } = useTranslation('projects');
  if (!englishName) {
    return (
      <span className="project-name" lang="zh-CN">
        {printed}
      </span>
    );
  }
  return (
    <>
      <span className="project-name">
        {englishName} <span className="project-name-note">{t('ourTranslation')}</span>
      </span>
      <span className="project-name-published">
        {t('publishedName')}
        <span lang="zh-CN">{printed}</span>
      </span>
    </>
  );
}

function ProjectAmount({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  if (!project.amount) return <span className="project-no-amount">{t('noAmount')}</span>;
  return (
    <span className="project-amount">
      {/* At the precision the document printed it: 754.813万元, not 754.81万元. */}
      <Money fen={project.amount.amount} precision={project.amount.precision} printed={project.amount.printed} />{' '}
      <span className="project-printed">
        ({t('printedLabel')}
        <span lang="zh-CN">{project.amount.printed}</span>)
      </span>
    </span>
  );
}

export function ProjectItem({ project, year, open, onToggle, line, englishName }: ProjectItemProps) {
  const { t, i18n } = useTranslation('projects');
  const fields = PROJECT_TEXT_FIELDS.filter((field) => field !== 'name');
  return (
    <li className="project">
      <details
        id={`project-${project.id}`}
        open={open}
        onToggle={(event) => {
          if (event.currentTarget.open !== open) onToggle(event.currentTarget.open);
        }}
      >
        <summary>
          <ProjectName printed={project.name} englishName={englishName} />
          <span className="project-meta">
            <ProjectAmount project={project} />
            {project.implementer && (
              <span className="project-implementer">
                {t('implementerLabel')}
                <span lang="zh-CN">{project.implementer}</span>
              </span>
            )}
          </span>
        </summary>
        <div className="project-body">
          <p className="project-line">
            <span className="project-label">{t('functionLineLabel')}</span>
            {project.functionCode && line ? (
              <>
                <span className="project-code">{project.functionCode}</span>{' '}
                {codeName(i18n, 'function', line.code, line.name)}{' '}
                <ViewLink to={{ view: 'explore', year, cls: 'function', path: codePath(line.code) }}>
                  {t('exploreLine')}
                </ViewLink>
              </>
            ) : (
              t('noFunctionLine')
            )}
          </p>
          <dl className="project-fields">
            {fields.map((field) => (
              <div key={field} className="project-field">
                <dt>{t(`fields.${field}`)}</dt>
                <dd lang="zh-CN">{project[field] || <span lang={i18n.language}>{t('empty')}</span>}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </li>
  );
}
