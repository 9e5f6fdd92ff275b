// Reads one input of the check and eval commands (a file, or standard input for `-`), turning
// every way it can be unusable into a one-line reason.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** Larger inputs are refused, files before they are read: no page is this big. */
const MAX_BYTES = 20 * 1024 * 1024;

/** The input name that stands for standard input. */
export const STDIN = '-';

export class InputError extends Error {}

export interface ReadOptions {
  /** Read the input as HTML whatever its name. */
  html?: boolean;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const LIMIT = `${MAX_BYTES / 1024 / 1024} MB`;

/** A document that starts like one (after comments and whitespace): a doctype, <html>, <head> or <body>. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

function readFileBytes(path: string): Buffer {
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
  try {
    return readFileSync(path);
  } catch {
    throw new InputError('cannot be read');
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) {
      process.stdin.destroy();
      throw new InputError(`standard input is too large (over ${LIMIT})`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * @param path a file, or `-` for standard input (read to its end; it can be read only once)
 * @return the text the engine should read: the input's text (UTF-8, BOM removed), or, for
 * .html/.htm files, `options.html` and standard input that starts like an HTML document, the
 * text the content script would extract from it
 * @throws InputError with a reader-facing reason
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<string> {
  const stdin = path === STDIN;
  const bytes = stdin ? await readStdin() : readFileBytes(path);
  const what = stdin ? 'standard input' : 'file';
  if (bytes.length === 0) throw new InputError(`${what} is empty`);
  if (bytes.includes(0)) throw new InputError(stdin ? 'standard input looks binary' : 'looks like a binary file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(stdin ? 'standard input is not valid UTF-8 text' : 'is not valid UTF-8 text');
  }
  const ext = extname(path).toLowerCase();
  const html = options.html === true || ext === '.html' || ext === '.htm' || (stdin && HTML_START.test(text));
  // happy-dom is loaded only for HTML: plain text starts faster without it.
  if (html) text = await (await import('./extract-html')).extractHtml(text);
  if (text.trim() === '') throw new InputError(html ? 'has no visible text' : `${what} is empty`);
  return text;
}
