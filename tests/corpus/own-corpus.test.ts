// The project's own pages are a gate on every clone: tests/corpus (its tune part trained on, its
// check part not), tests/corpus/unseen, tests/corpus/fresh and tests/corpus/blind (never trained on:
// how the engine reads text it has not learned from), each held to its floors in tests/corpus/gate.json.
import { join } from 'node:path';
import { describe } from 'vitest';
import { gateTest } from './gate';

describe('own corpus gate (tests/corpus, floors in tests/corpus/gate.json)', () => {
  gateTest({ name: 'own', dir: __dirname, part: 'all' });
  gateTest({ name: 'own-check', dir: __dirname, part: 'check' });
  gateTest({ name: 'unseen', dir: join(__dirname, 'unseen'), part: 'all' });
  gateTest({ name: 'fresh', dir: join(__dirname, 'fresh'), part: 'all' });
  gateTest({ name: 'blind', dir: join(__dirname, 'blind'), part: 'all' });
});
