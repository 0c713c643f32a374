// Registers the 'share' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/share.json';
import zh from '../locales/zh-CN/share.json';
import { registerNamespace } from '../registry';

registerNamespace('share', { 'zh-CN': zh, en });
