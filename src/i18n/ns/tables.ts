// Registers the 'tables' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/tables.json';
import zh from '../locales/zh-CN/tables.json';
import { registerNamespace } from '../registry';

registerNamespace('tables', { 'zh-CN': zh, en });
