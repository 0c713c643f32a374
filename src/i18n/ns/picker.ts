// Registers the 'picker' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/picker.json';
import zh from '../locales/zh-CN/picker.json';
import { registerNamespace } from '../registry';

registerNamespace('picker', { 'zh-CN': zh, en });
