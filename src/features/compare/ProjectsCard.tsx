// Projects across the two documents: pairs that continue one another (from the reviewed match
// table data/project-links.json, with its reason, or by an identical title), then the projects
// that ended and the new ones. Project texts are published in Chinese and shown as printed; in
// English a project is named by our translation with its printed name beside it, as in Projects.
import { memo, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Project } from '../../domain/schema';
import type { ShareTable } from '../../domain/share-table';
import { ViewLink } from '../../components/ViewLink';
import { useLang } from '../../components/use-money';
import { matchProjects, type ProjectMatch } from './logic/project-matching';
import { finish } from './logic/sentence-text';
import { ChartCard } from './ChartCard';
import { projectLinks } from './project-links';
import { useCompareT, type ComparePair } from './use-compare';
import { useStatedMoney } from '../../components/use-stated-money';
import { englishProjectName } from '../../i18n/ns/projectNames';
import { statedDifference } from '../../domain/stated-money';
import { yuanText } from '../../domain/fen';
import '../../i18n/ns/compare';

/** A project's name in the reader's language: in English our translation, when there is one. */
function useProjectName(): (project: Project) => string | undefined {
  const { i18n } = useTranslation();
  const lang = useLang();
  return (project) => (lang === 'en' ? englishProjectName(i18n, project.name) : undefined);
}

function ProjectName({ project, year }: { project: Project; year: number }) {
  const { t } = useTranslation('compare');
  const english = useProjectName()(project);
  return (
    <ViewLink to={{ view: 'projects', year, project: project.id }} className="cmp-project-name">
      {english === undefined ? (
        <span lang="zh-CN">{project.name}</span>
      ) : (
        <Trans
          t={t}
          i18nKey="projects.nameWithPrinted"
          values={{ english, printed: project.name }}
          components={{ zh: <span lang="zh-CN" /> }}
        />
      )}
    </ViewLink>
  );
}

export const ProjectsCard = memo(function ProjectsCard({ pair }: { pair: ComparePair }) {
  const { t } = useTranslation('compare');
  const tc = useCompareT();
  const lang = useLang();
  const stated = useStatedMoney();
  const englishName = useProjectName();
  const nameOf = (p: Project) => englishName(p) ?? p.name;
  const { from, to, years } = pair;
  const loaded = projectLinks();
  const result = useMemo(() => matchProjects(from, to, loaded.links), [from, to, loaded.links]);
  // At its printed precision (754.813万元 keeps its digits); the figure as printed on hover.
  const amount = (p: Project) =>
    p.amount ? (
      <data value={yuanText(p.amount.amount)} title={p.amount.printed}>
        {stated(p.amount.amount, p.amount.precision)}
      </data>
    ) : (
      t('projects.noAmount')
    );
  const reasonText = (reason: { 'zh-CN': string; en: string } | null) =>
    reason ? reason[lang] : t('projects.sameTitle');

  // As precise as the coarser of the two printed amounts (statedDifference).
  const changeText = (change: number, m: ProjectMatch) => {
    const d = statedDifference(change, m.from.amount?.precision ?? 1, m.to.amount?.precision ?? 1);
    return stated(d.amount, d.precision, { signed: true, approximate: d.approximate });
  };
  const changeOf = (m: ProjectMatch) =>
    m.from.amount && m.to.amount ? m.to.amount.amount - m.from.amount.amount : null;
  const shareRows = (): ShareTable => {
    const line = (status: string, a: Project | null, b: Project | null, reason: string) => ({
      status,
      fromId: a?.id ?? null,
      fromName: a?.name ?? null,
      fromAmount: a?.amount?.amount ?? null,
      fromPrinted: a?.amount?.printed ?? null,
      toId: b?.id ?? null,
      toName: b?.name ?? null,
      toAmount: b?.amount?.amount ?? null,
      toPrinted: b?.amount?.printed ?? null,
      reason,
    });
    const side = (year: number) => [
      {
        key: `${year === years.fromYear ? 'from' : 'to'}Id`,
        label: t('share.projectId', { year }),
        kind: 'code' as const,
      },
      {
        key: `${year === years.fromYear ? 'from' : 'to'}Name`,
        label: t('share.projectName', { year }),
        kind: 'text' as const,
      },
      {
        key: `${year === years.fromYear ? 'from' : 'to'}Amount`,
        label: t('share.projectAmount', { year }),
        kind: 'money' as const,
      },
      {
        key: `${year === years.fromYear ? 'from' : 'to'}Printed`,
        label: t('share.projectPrinted', { year }),
        kind: 'text' as const,
      },
    ];
    return {
      columns: [
        { key: 'status', label: t('lines.status'), kind: 'text' },
        ...side(years.fromYear),
        ...side(years.toYear),
        { key: 'reason', label: t('share.reason'), kind: 'text' },
      ],
      rows: [
        ...result.matched.map((m) =>
          line(
            t(m.basis === 'link' ? 'projects.basisLink' : 'projects.basisTitle'),
            m.from,
            m.to,
            reasonText(m.reason),
          ),
        ),
        ...result.ended.map((p) => line(t('projects.ended', { year: years.fromYear }), p, null, '')),
        ...result.added.map((p) => line(t('projects.added', { year: years.toYear }), null, p, '')),
      ],
    };
  };

  const sentences = [
    t('projects.count', {
      fromYear: years.fromYear,
      toYear: years.toYear,
      from: from.projects.length,
      to: to.projects.length,
      matched: result.matched.length,
      ended: result.ended.length,
      added: result.added.length,
    }),
    ...result.matched.map((m) =>
      t('projects.sentence', {
        from: nameOf(m.from),
        to: nameOf(m.to),
        fromYear: years.fromYear,
        toYear: years.toYear,
        reason: reasonText(m.reason),
      }),
    ),
  ];

  return (
    <ChartCard title={t('projects.title')} description={finish(tc, sentences)} shareRows={shareRows}>
      <p className="cmp-chart-note">{sentences[0]}</p>
      {loaded.error && (
        <p className="cmp-warning" role="alert">
          {t('projects.linksError', { detail: loaded.error })}
        </p>
      )}
      {result.stale.length > 0 && <p className="cmp-warning">{t('projects.stale', { count: result.stale.length })}</p>}
      <h3>{t('projects.matched')}</h3>
      <ul className="cmp-projects">
        {result.matched.map((m) => {
          const change = changeOf(m);
          return (
            <li key={`${m.from.id}-${m.to.id}`} className="cmp-project-pair" data-testid="project-match">
              <div className="cmp-project-names">
                <span>
                  <span className="cmp-year-tag">{years.fromYear}</span>{' '}
                  <ProjectName project={m.from} year={years.fromYear} /> <span className="num">{amount(m.from)}</span>
                </span>
                <span aria-hidden="true">→</span>
                <span>
                  <span className="cmp-year-tag">{years.toYear}</span>{' '}
                  <ProjectName project={m.to} year={years.toYear} /> <span className="num">{amount(m.to)}</span>
                </span>
                {change !== null && (
                  <span className="num cmp-project-change">
                    {t('projects.change', { change: changeText(change, m) })}
                  </span>
                )}
              </div>
              <p className="cmp-reason">
                <span className="cmp-badge">
                  {t(m.basis === 'link' ? 'projects.basisLink' : 'projects.basisTitle')}
                </span>{' '}
                {reasonText(m.reason)}
              </p>
            </li>
          );
        })}
      </ul>
      <div className="cmp-project-lists">
        {(['ended', 'added'] as const).map((kind) => (
          <div key={kind}>
            <h3>{t(`projects.${kind}`, { year: kind === 'ended' ? years.fromYear : years.toYear })}</h3>
            <ul className="cmp-project-list" data-testid={`projects-${kind}`}>
              {result[kind].map((p) => (
                <li key={p.id}>
                  <ProjectName project={p} year={kind === 'ended' ? years.fromYear : years.toYear} />{' '}
                  <span className="num">{amount(p)}</span>
                </li>
              ))}
              {result[kind].length === 0 && <li>{t('projects.none')}</li>}
            </ul>
          </div>
        ))}
      </div>
      {lang === 'en' && <p className="cmp-chart-note">{t('projects.translatedNames')}</p>}
    </ChartCard>
  );
});
