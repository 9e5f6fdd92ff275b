// A stand-in for the CSS Custom Highlight API (CSS.highlights and Highlight), which happy-dom
// lacks: without it the page layer falls back to <mark> wrappers.

/** The highlights registered, by name, each with its ranges. */
export type HighlightRegistry = Map<string, { ranges: Range[] }>;

type Globals = { CSS: { highlights?: unknown }; Highlight?: unknown };

/** Installs an empty registry and a Highlight class that keeps its ranges. @return the registry */
export function installHighlights(): HighlightRegistry {
  const registry: HighlightRegistry = new Map();
  const w = window as unknown as Globals;
  w.CSS = { ...(w.CSS ?? {}), highlights: registry };
  w.Highlight = class {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  return registry;
}

/** Takes the API away again. */
export function removeHighlights(): void {
  const w = window as unknown as Globals;
  delete w.CSS.highlights;
  delete w.Highlight;
}
