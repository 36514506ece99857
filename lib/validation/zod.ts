import { config } from 'zod';

// Every schema takes z from here, so this runs before any object schema is built. Without it zod probes for
// eval (`new Function`) to compile fast parsers; the pages' Content-Security-Policy forbids eval, and the
// browser reports the refused probe as a violation even though zod then falls back to the same parsing.
config({ jitless: true });

export * as z from './zod-parts';
