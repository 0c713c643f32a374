// The dashboard's two languages: one list and one type for the URL, i18n, formatting and the shells.
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** Chinese: the language the documents are published in. */
export const DEFAULT_LANG: Lang = 'zh-CN';
