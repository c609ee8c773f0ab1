import type { Pluggable } from '@smithy/types';

/**
 * The only operations the tool may send: reads, plus the credential report's generation (the read-only promise: docs/semantics.md).
 * Reads named otherwise are listed one by one, each of access level Read in AWS's Service Authorization Reference (a `BatchGet`
 * prefix is no promise: AppFabric's BatchGetUserAccessTasks writes).
 */
const READ_PREFIXES = ['Get', 'List', 'Describe'];
const READ_EXCEPTIONS = new Set(['LookupEvents', 'GenerateCredentialReport', 'BatchGetProjects']);

export function isReadOnlyOperation(operation: string): boolean {
  return READ_EXCEPTIONS.has(operation) || READ_PREFIXES.some((prefix) => operation.startsWith(prefix) && /^[A-Z]/.test(operation.slice(prefix.length)));
}

export class ReadOnlyViolation extends Error {
  override name = 'ReadOnlyViolation';
  constructor(readonly service: string, readonly operation: string) {
    super(`refused to send ${service}:${operation}: aws-baseline only sends read-only operations`);
  }
}

/**
 * SDK middleware at the very start of every command: a mutating operation is refused before it is
 * serialized, signed or sent; every permitted one is recorded.
 */
export function readOnlyGuard(service: string, record: (operation: string) => void, alsoAllowed: ReadonlySet<string> = new Set()): Pluggable<object, object> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const operation = (context.commandName ?? '').replace(/Command$/, '');
          if (!isReadOnlyOperation(operation) && !alsoAllowed.has(operation)) throw new ReadOnlyViolation(service, operation || 'unknown');
          record(operation);
          return next(args);
        },
        { step: 'initialize', name: 'awsBaselineReadOnlyGuard', priority: 'high', override: true },
      );
    },
  };
}
