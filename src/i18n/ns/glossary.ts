// Registers the 'glossary' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/glossary.json';
import zh from '../locales/zh-CN/glossary.json';
import { registerNamespace } from '../registry';

registerNamespace('glossary', { 'zh-CN': zh, en });
