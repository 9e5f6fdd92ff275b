// The annotator's listeners on the page: capturing and passive, so the page's own handlers run
// as before, each guarded so an error of ours never reaches the page, and all removable at once.
import { guard } from './guard';

export class PageListeners {
  private readonly added: [string, EventListener][] = [];

  constructor(private readonly doc: Document) {}

  add(type: string, fn: EventListener): void {
    const guarded: EventListener = (e) => guard(() => fn(e));
    this.doc.addEventListener(type, guarded, { capture: true, passive: true });
    this.added.push([type, guarded]);
  }

  removeAll(): void {
    for (const [type, fn] of this.added) this.doc.removeEventListener(type, fn, true);
    this.added.length = 0;
  }
}
