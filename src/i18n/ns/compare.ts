// Registers the 'compare' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/compare.json';
import zh from '../locales/zh-CN/compare.json';
import { registerNamespace } from '../registry';

registerNamespace('compare', { 'zh-CN': zh, en });
