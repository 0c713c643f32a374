// Registers the 'hierTable' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/hierTable.json';
import zh from '../locales/zh-CN/hierTable.json';
import { registerNamespace } from '../registry';

registerNamespace('hierTable', { 'zh-CN': zh, en });
