import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/process/cli.js';
import type { Io } from '../../src/io/io.js';

const io = (argv?: string[]): Io => ({ stdout: () => undefined, stderr: () => undefined, env: {}, cwd: '/', stdoutIsTty: () => false, stderrIsTty: () => false, ...(argv ? { argv } : {}) });
const noExit = () => undefined;

describe("help, with only the invoked subcommand's options declared", () => {
  const everything = buildProgram(io(), noExit);

  it('lists the commands as when every option is declared, [options] included', () => {
    const root = buildProgram(io(['--help']), noExit);
    expect(root.commands.every((command) => command.options.length === 0)).toBe(true);
    expect(root.helpInformation()).toBe(everything.helpInformation());
    expect(root.helpInformation()).toContain('audit [options]');
  });

  for (const command of everything.commands) {
    it(`${command.name()}: declares its own options, and only those, when it is the one run or asked about`, () => {
      for (const argv of [[command.name(), '--help'], ['help', command.name()]]) {
        const program = buildProgram(io(argv), noExit);
        const invoked = program.commands.find((other) => other.name() === command.name());
        expect(invoked?.helpInformation()).toBe(command.helpInformation());
        expect(program.commands.filter((other) => other !== invoked && other.options.length > 0)).toEqual([]);
      }
    });
  }
});
