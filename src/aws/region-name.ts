/** A region name such as us-east-1 or ap-northeast-1 (the shape; KNOWN_REGIONS says which exist). */
export const REGION_NAME = /^[a-z]{2,4}(?:-[a-z]+)+-\d+$/;

/**
 * The regions of each partition, as the AWS SDK's endpoint data lists them (a test keeps this table in
 * step with the bundled SDK). Kept here, not imported from the SDK, so that flag checking loads no SDK.
 */
export const KNOWN_REGIONS: Record<string, readonly string[]> = {
  aws: [
    'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
    'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2',
    'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'sa-west-1', 'us-east-1',
    'us-east-2', 'us-west-1', 'us-west-2',
  ],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
  'aws-eusc': ['eusc-de-east-1'],
  'aws-iso': ['us-iso-east-1', 'us-iso-west-1'],
  'aws-iso-b': ['us-isob-east-1', 'us-isob-west-1'],
  'aws-iso-e': ['eu-isoe-west-1'],
  'aws-iso-f': ['us-isof-east-1', 'us-isof-south-1'],
};

/** The regions enabled in every account of the aws partition (those launched before March 2019); later ones are opt-in. */
export const ENABLED_IN_EVERY_ACCOUNT: readonly string[] = [
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1',
  'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
];

const ALL_KNOWN = new Set(Object.values(KNOWN_REGIONS).flat());

export function isKnownRegion(name: string): boolean {
  return ALL_KNOWN.has(name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known region closest to a mistyped one (`us-east-9` → `us-east-1`), if any is close. */
export function closestRegion(name: string): string | undefined {
  let best: { region: string; distance: number } | undefined;
  for (const region of ALL_KNOWN) {
    const distance = editDistance(name, region);
    if (!best || distance < best.distance) best = { region, distance };
  }
  return best && best.distance <= 3 ? best.region : undefined;
}

/** Prefixes of the regions outside the aws partition, for a region the table does not know yet. */
const PARTITION_PREFIXES: [RegExp, string][] = [
  [/^cn-/, 'aws-cn'],
  [/^us-gov-/, 'aws-us-gov'],
  [/^us-isob-/, 'aws-iso-b'],
  [/^us-isof-/, 'aws-iso-f'],
  [/^us-iso-/, 'aws-iso'],
  [/^eu-isoe-/, 'aws-iso-e'],
  [/^eusc-/, 'aws-eusc'],
];

/** The partition a region belongs to: from the table, else from its name's prefix, else the aws partition. */
export function partitionOf(region: string): string {
  const listed = Object.entries(KNOWN_REGIONS).find(([, regions]) => regions.includes(region))?.[0];
  return listed ?? PARTITION_PREFIXES.find(([prefix]) => prefix.test(region))?.[1] ?? 'aws';
}
