import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  validateDocument,
  type DocumentKind,
  type DocumentValidation,
} from '../../contract/validate-document.js';

/**
 * The outcome for one body: validated, or unusable (unreadable or not JSON) with a reason.
 * `file` names the body: the file, `file[2]` for the third of a JSON array, `file:3` for the
 * third line of NDJSON.
 */
export type FileValidation =
  { file: string; result: DocumentValidation } | { file: string; error: string };

/** File names a folder or a glob brings in: JSON, and NDJSON (one body a line). */
export const BODY_FILE_PATTERN = '**/*.{json,ndjson,jsonl}';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A command-line input, expanded: a file (or `-`), or an error for what names no file. */
export type Input = { file: string } | { file: string; error: string };

/**
 * The files the inputs name, in order: `-` is stdin; a folder brings its JSON and NDJSON files,
 * recursively, sorted; a glob (quoted, so the shell left it: `'bodies/**\/*.json'`) its matches,
 * sorted. A plain name stays as it is (reading it says whether it exists).
 */
export async function expandInputs(inputs: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  // Loaded here, not at the top: every command imports this module, few name a folder or glob.
  const globbing = () => import('tinyglobby');
  for (const input of inputs) {
    if (input === '-') {
      out.push({ file: input });
      continue;
    }
    const kind = await stat(input).then(
      (s) => (s.isDirectory() ? 'dir' : 'file'),
      () => 'none',
    );
    if (kind === 'file') {
      out.push({ file: input });
    } else if (kind === 'dir') {
      const { glob } = await globbing();
      const found = await glob(BODY_FILE_PATTERN, { cwd: input, dot: false, onlyFiles: true });
      if (found.length === 0) {
        out.push({ file: input, error: 'no .json, .ndjson or .jsonl files in this folder' });
      }
      for (const name of found.sort()) out.push({ file: join(input, name) });
    } else if (/[*?[\]{}()!]/.test(input) && (await globbing()).isDynamicPattern(input)) {
      const { glob } = await globbing();
      const found = await glob(input, { onlyFiles: true, expandDirectories: false });
      if (found.length === 0) out.push({ file: input, error: 'no file matches this pattern' });
      for (const name of found.sort()) out.push({ file: name });
    } else {
      out.push({ file: input });
    }
  }
  return out;
}

function notJson(error: unknown): string {
  return `not JSON: ${(error as Error).message}`;
}

/**
 * The bodies of one text: a JSON object is one body, a JSON array holds one body an item, and
 * text whose first line is a JSON object on its own is NDJSON (one body a non-empty line), as is
 * every `.ndjson` or `.jsonl` file.
 */
export function bodiesOf(
  file: string,
  text: string,
): Array<{ file: string; body: unknown } | { file: string; error: string }> {
  if (/\.(ndjson|jsonl)$/i.test(file)) return linesOf(file, text);
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) {
      if (parsed.length === 0) return [{ file, error: 'an empty array: no body to validate' }];
      return parsed.map((body, i) => ({ file: `${file}[${i}]`, body }));
    }
    return [{ file, body: parsed }];
  } catch (error) {
    const lines = text.split(/\r?\n/);
    const first = lines.findIndex((l) => l.trim() !== '');
    if (first < 0 || !startsNdjson(lines[first] as string))
      return [{ file, error: notJson(error) }];
    return linesOf(file, text);
  }
}

/** NDJSON: one body a non-empty line, named `file:LINE`. */
function linesOf(
  file: string,
  text: string,
): Array<{ file: string; body: unknown } | { file: string; error: string }> {
  const out: Array<{ file: string; body: unknown } | { file: string; error: string }> = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const name = `${file}:${i + 1}`;
    try {
      out.push({ file: name, body: JSON.parse(line) });
    } catch (lineError) {
      out.push({ file: name, error: notJson(lineError) });
    }
  });
  if (out.length === 0) out.push({ file, error: 'no body: the file is empty' });
  return out;
}

function startsNdjson(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Reads one input (`-` is stdin) and validates each body in it; never throws. */
export async function validateFile(
  file: string,
  kind?: DocumentKind,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<FileValidation[]> {
  let text: string;
  try {
    text = file === '-' ? await readAll(stdin) : await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (error as Error).message;
    return [{ file, error: `cannot read: ${reason}` }];
  }
  return bodiesOf(file, text).map((b) =>
    'error' in b ? b : { file: b.file, result: validateDocument(b.body, kind) },
  );
}

/** A printable name of what a body was judged as: `callback shipment_in_transit`, `order`. */
export function judgedAs(result: DocumentValidation): string {
  if (result.as === 'callback') return result.kind ? `callback ${result.kind}` : 'callback';
  return result.as ?? 'unknown kind';
}
