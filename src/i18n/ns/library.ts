// Registers the 'library' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/library.json';
import zh from '../locales/zh-CN/library.json';
import { registerNamespace } from '../registry';

registerNamespace('library', { 'zh-CN': zh, en });
