// Registers the 'search' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/search.json';
import zh from '../locales/zh-CN/search.json';
import { registerNamespace } from '../registry';

registerNamespace('search', { 'zh-CN': zh, en });
