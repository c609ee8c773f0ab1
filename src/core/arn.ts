/** Fields of an ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE) by name; undefined where the text has too few fields. */
export const arnRegion = (arn: string): string | undefined => arn.split(':')[3];
export const arnAccount = (arn: string): string | undefined => arn.split(':')[4];
