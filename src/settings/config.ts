import { existsSync } from 'node:fs';
import type { z as Zod } from 'zod';
import { REGION_NAME } from '../aws/region-name.js';
import { loadStructuredFile, validateFile } from '../io/input.js';
import { FAIL_ON } from '../engine/gate.js';
import { FORMATS, LANGS } from '../core/model.js';
import { findCheck } from '../checks/index.js';
import { refusal } from '../core/i18n.js';

/**
 * The config file's schema, built when a config file is read: an audit without one loads no zod before
 * its first AWS call.
 */
function configSchema(z: typeof import('../core/zod.js').z) {
  const isoDate = z.iso.date({ error: refusal('a date as YYYY-MM-DD', 'YYYY-MM-DD 形式の日付') });
  const nonEmpty = z.string().trim().min(1);
  return z.strictObject({
    failOn: z.enum(FAIL_ON).optional(),
    profile: nonEmpty.optional(),
    formats: z.array(z.string().regex(new RegExp(`^(?:${FORMATS.join('|')})(?:=.+)?$`), refusal(`FMT or FMT=PATH, FMT one of ${FORMATS.join(', ')}`, `FMT または FMT=PATH(FMT は ${FORMATS.join('、')} のいずれか)`))).min(1).optional(),
    allowIncomplete: z.boolean().optional(),
    regions: z.union([z.literal('all'), z.array(z.string().regex(REGION_NAME, refusal('a region name such as ap-northeast-1', 'ap-northeast-1 のようなリージョン名'))).min(1)]).optional(),
    lang: z.enum(LANGS).optional(),
    paidCalls: z.boolean().optional(),
    concurrency: z.number().int().min(1).max(64).optional(),
    timeout: z.number().int().min(1).max(86_400).optional().describe('seconds: the longest the audit may take'),
    roleName: nonEmpty.optional(),
    checks: z
      .strictObject({
        include: z.array(nonEmpty).optional(),
        skip: z.array(nonEmpty).optional(),
      })
      .optional(),
    settings: z
      .strictObject({
        rootUnusedDays: z.number().int().min(1).max(3650).optional(),
      })
      .optional(),
    sarif: z
      .strictObject({
        /** check glob → repository file that owns the setting, used as the SARIF location */
        locations: z.record(nonEmpty, z.string().trim().min(1).refine((path) => !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/'), refusal('a relative path with no scheme', 'スキームのない相対パス'))).optional(),
      })
      .optional(),
    failOnStale: z.boolean().optional(),
    attestations: z
      .array(
        z.strictObject({
          // An attestation for a check that does not exist, or dated in the future, is a mistake to show, never to ignore.
          check: nonEmpty.refine((id) => findCheck(id) !== undefined, { message: refusal('no such check (see "aws-baseline checks")', 'そのようなチェックはありません("aws-baseline checks" を参照)') }),
          by: nonEmpty,
          date: isoDate.refine((date) => date <= new Date().toISOString().slice(0, 10), { message: refusal('is in the future', '未来の日付です') }),
          expires: isoDate.optional(),
          note: z.string().optional(),
        }),
      )
      .optional(),
    suppressions: z
      .array(
        z.strictObject({
          check: nonEmpty,
          resource: nonEmpty.optional(),
          region: nonEmpty.optional(),
          reason: nonEmpty,
          expires: isoDate.optional(),
        }),
      )
      .optional(),
  });
}

export type Config = Zod.infer<ReturnType<typeof configSchema>>;

export const DEFAULT_CONFIG_FILES = ['aws-baseline.config.yaml', 'aws-baseline.config.yml', 'aws-baseline.config.json'];

/** The config file named by --config, else the first default one present in the working directory. */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<{ config: Config; file: string | undefined }> {
  const file = explicit ?? DEFAULT_CONFIG_FILES.map((name) => `${cwd}/${name}`).find((candidate) => existsSync(candidate));
  if (!file) return { config: {}, file: undefined };
  const loaded = await loadStructuredFile(file, 'config');
  // YAML reads unquoted dates as strings here (core schema), so dates stay YYYY-MM-DD text.
  const { z } = await import('../core/zod.js');
  return { config: await validateFile(configSchema(z), { ...loaded, data: loaded.data ?? {} }, 'config'), file };
}
