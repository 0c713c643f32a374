// The library: choose a department, read a budget file of one's own, and the documents this user
// imported. Registered as view=library (src/shell/views.tsx).
import { useTranslation } from 'react-i18next';
import { LibraryPicker } from '../../components/department-picker/LibraryPicker';
import { ImportPanel } from './ImportPanel';
import { MyDocuments } from './MyDocuments';
import { useLoadLibrary } from './use-library-data';
import './library.css';
import '../../i18n/ns/library';

export default function LibraryView() {
  const { t } = useTranslation('library');
  useLoadLibrary();
  return (
    <section className="view library" aria-labelledby="library-title">
      <h1 id="library-title">{t('title')}</h1>
      <p className="library-intro">{t('intro')}</p>

      <section className="library-departments" aria-labelledby="library-departments-title">
        <h2 id="library-departments-title">{t('departments.heading')}</h2>
        <LibraryPicker id="library-department" />
      </section>

      <section className="library-import" aria-labelledby="library-import-title">
        <h2 id="library-import-title">{t('import.heading')}</h2>
        <ImportPanel />
      </section>

      <MyDocuments />
    </section>
  );
}
