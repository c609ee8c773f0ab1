// zod by named imports, gathered in one object: the bundle then keeps only the builders used here
// (about 100 KB of zod instead of 460 KB for the whole namespace), which is most of what a snapshot
// audit loads. Types come from `import type { z as Zod } from 'zod'`.
import { array, boolean, enum as enumOf, iso, literal, number, object, record, strictObject, string, union, unknown } from 'zod';

export const z = { array, boolean, enum: enumOf, iso, literal, number, object, record, strictObject, string, union, unknown };
