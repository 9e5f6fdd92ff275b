import type { IFuseOptions } from 'fuse.js';
import type { PhrasingRecord } from '../dataset/types';

/** The one field fuse.js searches; shared by the build step and the engine so prebuilt indexes fit. */
export const FUSE_KEYS = ['text'];

/**
 * Options for scoring a clause against phrasings. Location is ignored because a claim's
 * words may sit anywhere in a phrasing; the threshold is wide because the engine reads the
 * score as a similarity, after its own rules have already chosen the candidates.
 */
export const FUSE_OPTIONS: IFuseOptions<PhrasingRecord> = {
  keys: FUSE_KEYS,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.75,
  minMatchCharLength: 2,
  shouldSort: true,
};
