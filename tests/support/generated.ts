// Test values are generated at run time: no secret-shaped literal is ever committed.
import { randomUUID } from 'node:crypto';
import { generateClientSecret } from '../sandbox/tenant-state';

export const guid = () => randomUUID();
export const currentSecret = () => generateClientSecret();
/** An older-shaped secret: 32 characters without the "Q~" marker. */
export const olderSecret = () =>
  randomUUID().replace(/-/g, '').slice(0, 16) + randomUUID().replace(/-/g, '').slice(0, 16);
