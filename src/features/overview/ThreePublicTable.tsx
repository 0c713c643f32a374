// Table 9 of each document side by side: the "三公" expenses with their parts and 机关运行经费,
// plus what the text of each document says about the change in "三公" against the year before.
import { useTranslation } from 'react-i18next';
import type { BudgetDocument, ThreePublic } from '../../domain/schema';
import { Money } from '../../components/Money';
import { GlossaryTerm } from '../../components/GlossaryTerm';
import { ScrollBox } from '../../components/ScrollBox';
import { StatedChangeText } from './StatedChangeText';
import './overview-table.css';
import '../../i18n/ns/overview';

type Line = { key: keyof ThreePublic; sub?: boolean };

// The order and nesting of table 9: total, its three parts, the vehicle split, then 机关运行经费.
const LINES: Line[] = [
  { key: 'total' },
  { key: 'overseas', sub: true },
  { key: 'reception', sub: true },
  { key: 'vehicles', sub: true },
  { key: 'vehiclePurchase', sub: true },
  { key: 'vehicleOperation', sub: true },
  { key: 'agencyOperation' },
];

export function ThreePublicTable({ documents }: { documents: BudgetDocument[] }) {
  const { t } = useTranslation('overview');
  const label = (key: keyof ThreePublic) => {
    if (key === 'total') return <GlossaryTerm term="threePublic">{t('threePublic.total')}</GlossaryTerm>;
    if (key === 'agencyOperation')
      return <GlossaryTerm term="agencyOperation">{t('threePublic.agencyOperation')}</GlossaryTerm>;
    return t(`threePublic.${key}`);
  };
  return (
    <section className="overview-section" aria-labelledby="three-public-heading">
      <h2 id="three-public-heading">{t('threePublic.heading')}</h2>
      <ScrollBox className="table-scroll" label={t('threePublic.scrollRegion', { heading: t('threePublic.heading') })}>
        <table className="overview-table" data-testid="three-public-table">
          <thead>
            <tr>
              <th scope="col">{t('threePublic.item')}</th>
              {documents.map((doc) => (
                <th scope="col" key={doc.year} className="num">
                  {t('threePublic.yearColumn', { year: doc.year })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LINES.map(({ key, sub }) => (
              <tr key={key} className={sub ? 'sub' : undefined} data-testid={`three-public-${key}`}>
                <th
                  scope="row"
                  className={
                    key === 'vehiclePurchase' || key === 'vehicleOperation' ? 'indent-2' : sub ? 'indent-1' : undefined
                  }
                >
                  {label(key)}
                </th>
                {documents.map((doc) => (
                  <td key={doc.year} className="num" data-year={doc.year}>
                    <Money fen={doc.tables.threePublic[key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h3 className="overview-subheading">{t('threePublic.statedHeading')}</h3>
      <ul className="stated-list">
        {documents.map((doc) => {
          const stated = doc.otherNotes.threePublic.total;
          return (
            <li key={doc.year}>
              <span className="stated-year">{t('threePublic.stated', { year: doc.year })}</span>{' '}
              {stated.change ? (
                <StatedChangeText change={stated.change} subject="threePublic" />
              ) : (
                t('threePublic.noChange')
              )}
            </li>
          );
        })}
      </ul>
      <p className="overview-note">{t('threePublic.note')}</p>
    </section>
  );
}
