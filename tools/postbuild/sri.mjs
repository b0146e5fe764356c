// Subresource Integrity as Trunk writes it (sha384, base64): for the files the post-build
// steps change (compile-hints.mjs), and for the tests that check them.
import { createHash } from 'node:crypto';

/** The `integrity` value of `bytes` (a string or a buffer). */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
