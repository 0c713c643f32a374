// Registers the 'about' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/about.json';
import zh from '../locales/zh-CN/about.json';
import { registerNamespace } from '../registry';

registerNamespace('about', { 'zh-CN': zh, en });
