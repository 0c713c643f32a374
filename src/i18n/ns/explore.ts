// Registers the 'explore' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/explore.json';
import zh from '../locales/zh-CN/explore.json';
import { registerNamespace } from '../registry';

registerNamespace('explore', { 'zh-CN': zh, en });
