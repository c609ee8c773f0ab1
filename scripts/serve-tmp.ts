import { BenchAws } from './bench-aws.js';
const REGIONS = ['ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'];
const members = Array.from({ length: Number(process.env.MEMBERS ?? 0) }, (_, i) => String(200000000000 + i));
const aws = await new BenchAws({ latencyMs: 100, jitterMs: 0, reportMs: 250, regions: REGIONS, managementAccount: '100000000000', members, rateLimits: {} }).start();
console.log(aws.endpoint);
