// Registers the 'projects' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/projects.json';
import zh from '../locales/zh-CN/projects.json';
import { registerNamespace } from '../registry';

registerNamespace('projects', { 'zh-CN': zh, en });
