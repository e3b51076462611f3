/** An error the API answers with: a status, a message, for invalid input the fields at fault, and what else helps the client (e.g. the current record on a conflict). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const invalid = (errors: Record<string, string>, message = 'Invalid input: see the fields in error') =>
  new HttpError(400, message, errors);

/** A 409: the write conflicts with what is stored; `errors` names the fields, `details` what stands in the way. */
export const conflict = (message: string, errors?: Record<string, string>, details?: Record<string, unknown>) =>
  new HttpError(409, message, errors, details);
