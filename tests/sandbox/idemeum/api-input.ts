// Reading and checking the console API's JSON bodies: bad input is a 400 with a JSON error, never a crash.
import type { RequestContext } from '../http-kit';
import { parseJson } from '../http-kit';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type JsonObject = Record<string, unknown>;

export async function readJsonObject(ctx: RequestContext): Promise<JsonObject> {
  let text: string;
  try {
    text = await ctx.body();
  } catch {
    throw new ApiError(413, 'request_too_large', 'The request body is too large.');
  }
  const value = parseJson(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(400, 'invalid_json', 'The request body must be a JSON object.');
  }
  return value as JsonObject;
}

/** A trimmed string field; missing counts as empty. */
export function stringField(body: JsonObject, key: string, maxLength = 512): string {
  const value = body[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new ApiError(400, 'invalid_request', `The field "${key}" must be a string.`);
  }
  const text = String(value).trim();
  if (text.length > maxLength) {
    throw new ApiError(400, 'invalid_request', `The field "${key}" is longer than ${maxLength} characters.`);
  }
  return text;
}

export function requireFilled(value: string, label: string): string {
  if (!value) throw new ApiError(400, 'invalid_request', `Enter the ${label}.`);
  return value;
}

export function stringListField(body: JsonObject, key: string, maxItems: number): string[] {
  const value = body[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new ApiError(400, 'invalid_request', `The field "${key}" must be a list of strings.`);
  }
  if (value.length > maxItems) {
    throw new ApiError(400, 'invalid_request', `The field "${key}" allows at most ${maxItems} entries.`);
  }
  return (value as string[]).map((v) => v.trim().slice(0, 256));
}
