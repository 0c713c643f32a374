// Misprints the reader mends from the document's own evidence. Every repair is recorded and shown
// in the reading report and the document: nothing is ever mended silently.
import type { Repair } from './api.ts';

export class Repairs {
  readonly list: Repair[] = [];
  add(repair: Repair): void {
    this.list.push(repair);
  }
}
