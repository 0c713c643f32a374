// Links outlive the code that wrote them: a link is read in the format of its version `v` and
// brought up to the current one by the migrations below, one version at a time, before its
// parameters are read. A link without `v` is version 1, the first published format, so links
// written before versions existed keep their meaning; the serializers write `v` only once the
// current version is past 1.
//
// To change what a parameter means or how it is written: raise LINK_VERSION, and add the
// migration from the previous version that rewrites old links into the new form.
import type { Shell } from './params';

export const LINK_VERSION = 1;
export const VERSION_PARAM = 'v';
/** The version of a link that does not say. */
export const UNVERSIONED = 1;

export interface LinkMigration {
  /** the version this migration reads; it writes version + 1 */
  version: number;
  /** the link's parameters in the next version's form (the input is not changed) */
  migrate(params: URLSearchParams, shell: Shell): URLSearchParams;
}

export const LINK_MIGRATIONS: readonly LinkMigration[] = [];

/**
 * The parameters of a link of `version` in the current form, or null when the version is not one
 * this code can read (a later version, or one without migrations down to it).
 */
export function migrateLink(
  params: URLSearchParams,
  version: number,
  shell: Shell,
  migrations: readonly LinkMigration[] = LINK_MIGRATIONS,
): URLSearchParams | null {
  if (!Number.isInteger(version) || version > LINK_VERSION) return null;
  let migrated = params;
  for (let from = version; from < LINK_VERSION; from++) {
    const migration = migrations.find((m) => m.version === from);
    if (!migration) return null;
    migrated = migration.migrate(new URLSearchParams(migrated), shell);
  }
  return migrated;
}
