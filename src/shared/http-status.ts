/** Whether an HTTP status code is a success (2xx): what counts as "received" everywhere. */
export function isSuccessStatus(status: number | undefined): status is number {
  return status !== undefined && status >= 200 && status < 300;
}
