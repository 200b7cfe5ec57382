/** A request the engine refuses, with the HTTP status and code the routes answer with. */
export class MockRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
