// Reads one file for the check command, turning every way it can be unusable into a one-line reason.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlToText } from './html-to-text';

/** Larger files are refused before they are read: no page is this big. */
export const MAX_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const LIMIT = `${MAX_BYTES / 1024 / 1024} MB`;

/**
 * @return the text the engine should read: the file's text (UTF-8, BOM removed), or for .html/.htm its visible text
 * @throws InputError with a reader-facing reason
 */
export function readInput(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('is a directory');
    if (!stat.isFile()) throw new InputError('is not a regular file');
    size = stat.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read');
  }
  if (size > MAX_BYTES) throw new InputError(`file is too large (${mb(size)}, limit ${LIMIT})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError('cannot be read');
  }
  if (bytes.length === 0) throw new InputError('file is empty');
  if (bytes.includes(0)) throw new InputError('looks like a binary file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') text = htmlToText(text);
  if (text.trim() === '') throw new InputError(ext === '.html' || ext === '.htm' ? 'has no visible text' : 'file is empty');
  return text;
}
