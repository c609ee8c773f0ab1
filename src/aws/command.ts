// Kept apart from session.ts, which loads Node's network stack: collectors and the catalog import this.

/** An SDK command: its operation schema (`[kind, namespace, name, …]`) names it, whatever the bundler did to class names. */
export interface SdkCommand {
  readonly schema?: unknown;
  readonly constructor: { name: string };
}

export function operationOf(command: SdkCommand): string {
  const name: unknown = Array.isArray(command.schema) ? (command.schema as unknown[])[2] : undefined;
  return typeof name === 'string' ? name : command.constructor.name.replace(/Command$/, '');
}
