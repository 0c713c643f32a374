// Registers the 'embed' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/embed.json';
import zh from '../locales/zh-CN/embed.json';
import { registerNamespace } from '../registry';

registerNamespace('embed', { 'zh-CN': zh, en });
