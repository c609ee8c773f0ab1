// zod by named imports, gathered in one object: the bundle then keeps only the builders used here
// (about 100 KB of zod instead of 460 KB for the whole namespace), which is most of what a snapshot
// audit loads. Types come from `import type { z as Zod } from 'zod'`.
import { array, boolean, config, enum as enumOf, iso, literal, number, object, record, strictObject, string, union, unknown } from 'zod';

// zod compiles a fast path for each object schema (with `new Function`) the first time it parses: worth
// it for a server parsing millions, not for a CLI that parses each schema a handful of times (a snapshot
// audit is ~4 % faster without it; a live audit or an organization no slower).
config({ jitless: true });

export const z = { array, boolean, enum: enumOf, iso, literal, number, object, record, strictObject, string, union, unknown };
