// The engine and the page layer run in the content script and extension pages, where Node's
// globals do not exist: a stray `process.env` there throws on the first page that reaches it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const NODE_ONLY = /\bprocess\.|\brequire\(|\b__dirname\b|\bBuffer\./;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') || d.name.endsWith('.tsx') ? [join(dir, d.name)] : [],
  );
}

describe('browser code uses no Node global', () => {
  for (const dir of ['lib/engine', 'lib/dom', 'lib/ui', 'lib/background', 'entrypoints']) {
    it(dir, () => {
      const offending = sources(dir).filter((f) => NODE_ONLY.test(readFileSync(join(ROOT, f), 'utf8').replace(/\/\/.*$/gm, '')));
      expect(offending).toEqual([]);
    });
  }
});
