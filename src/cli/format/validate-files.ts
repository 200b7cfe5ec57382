import { readFile } from 'node:fs/promises';
import {
  validateDocument,
  type DocumentKind,
  type DocumentValidation,
} from '../../contract/validate-document.js';

/** The outcome for one input: validated, or unusable (unreadable or not JSON) with a reason. */
export type FileValidation =
  { file: string; result: DocumentValidation } | { file: string; error: string };

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one input (`-` is stdin), parses it as JSON and validates it; never throws. */
export async function validateFile(
  file: string,
  kind?: DocumentKind,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<FileValidation> {
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
    return { file, error: `cannot read: ${reason}` };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { file, error: `not JSON: ${(error as Error).message}` };
  }
  return { file, result: validateDocument(body, kind) };
}

/** A printable name of what a body was judged as: `callback shipment_in_transit`, `order`. */
export function judgedAs(result: DocumentValidation): string {
  if (result.as === 'callback') return result.kind ? `callback ${result.kind}` : 'callback';
  return result.as ?? 'unknown kind';
}
