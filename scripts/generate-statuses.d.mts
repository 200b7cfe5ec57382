// Types of generate-statuses.mjs, for the tests that call it.
export interface CallbackStatus {
  status: string;
  info: Record<string, unknown> & { order: number; rank: number };
  owner: { file: string; schema: Record<string, unknown> };
  group: { file: string; schema: Record<string, unknown> }[];
}
export declare function readCallbackSchemas(callbacksDir: string): CallbackStatus[];
export declare function generateStatusesModule(
  statuses: CallbackStatus[],
  prettierFile: string,
): Promise<string>;
