// Registers the 'kiosk' texts (see ../registry.ts); imported by each file that uses them.
import en from '../locales/en/kiosk.json';
import zh from '../locales/zh-CN/kiosk.json';
import { registerNamespace } from '../registry';

registerNamespace('kiosk', { 'zh-CN': zh, en });
