import packageJson from '../../package.json' with { type: 'json' };

/** From package.json (inlined by the bundler), so `--version`, reports and SARIF never disagree. */
export const TOOL_NAME = 'aws-baseline';
export const TOOL_VERSION: string = packageJson.version;
