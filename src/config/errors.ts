// Errors in configuration or usage: the CLI reports them and exits with 2.
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
