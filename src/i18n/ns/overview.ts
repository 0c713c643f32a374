// Registers the 'overview' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/overview.json';
import zh from '../locales/zh-CN/overview.json';
import { registerNamespace } from '../registry';

registerNamespace('overview', { 'zh-CN': zh, en });
