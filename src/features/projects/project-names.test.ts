// Every project name in the published data has our English translation (i18n namespace
// `projectNames`), so a new ingest with a new project fails here instead of showing an English
// reader a name they cannot search for. Also checks the lookup the views use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { englishProjectName } from '../../i18n/ns/projectNames';
import en from '../../i18n/locales/en/projectNames.json';
import zh from '../../i18n/locales/zh-CN/projectNames.json';

const dataDir = join(import.meta.dirname, '../../../public/data');
const index = JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as { documents: { file: string }[] };
const names = index.documents.flatMap(({ file }) => {
  const doc = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { projects: { name: string }[] };
  return doc.projects.map((p) => ({ file, name: p.name }));
});
const english: Record<string, string> = en;
const chinese: Record<string, string> = zh;

describe('projectNames', () => {
  it('the data has projects to check', () => {
    expect(names.length).toBeGreaterThan(0);
  });
  it.each(names)('$file: $name has an English name', ({ name }) => {
    expect(english[name]?.trim()).toBeTruthy();
    expect(english[name]).not.toMatch(/[\u4e00-\u9fff]/); // a translation, not the printed name
    expect(chinese[name]).toBe(name); // the key is the name as printed, and so is the zh text
  });
  it('keeps the numbers a name carries (hotline 962218)', () => {
    for (const [name, translated] of Object.entries(english)) {
      for (const number of name.match(/\d+/g) ?? []) expect(translated).toContain(number);
    }
  });
  it('is looked up in English whatever the page language; unknown names give undefined', () => {
    const i18n = createI18n('zh-CN');
    expect(englishProjectName(i18n, '热线服务保障经费')).toBe('Hotline service funding');
    expect(englishProjectName(i18n, '不存在的项目')).toBeUndefined();
  });
  it('reads a name with "." or ":" as one key, not a path or a namespace', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'zh-CN',
      resources: { en: { projectNames: { '系统2.0：运维: 一期': 'System 2.0: maintenance, phase 1' } } },
    });
    expect(englishProjectName(i18n, '系统2.0：运维: 一期')).toBe('System 2.0: maintenance, phase 1');
  });
});
