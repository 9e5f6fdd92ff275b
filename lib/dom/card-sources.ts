// The card's line of sources: 依据 《title》文号, each linked to its official page where the
// dataset has a confirmed address. Built from text nodes and elements only, never from markup.
import type { Source } from '../engine';
import { citation, openableUrl } from '../share-text';

/** Fills `line` with `label` and the sources, comma-separated; hides it when there are none. */
export function renderSources(line: HTMLElement, label: string, sources: readonly Source[]): void {
  const doc = line.ownerDocument;
  line.replaceChildren();
  line.hidden = sources.length === 0;
  const head = doc.createElement('span');
  head.className = 'label';
  head.textContent = label;
  line.append(head, ' ');
  sources.forEach((s, i) => {
    if (i > 0) line.append('、');
    const url = openableUrl(s.url);
    const name = doc.createElement(url ? 'a' : 'span');
    name.textContent = citation(s);
    name.setAttribute('lang', 'zh');
    if (url) {
      name.setAttribute('href', url);
      name.setAttribute('target', '_blank');
      name.setAttribute('rel', 'noopener noreferrer');
    }
    line.append(name);
  });
}
