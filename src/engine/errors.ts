/** A request the engine cannot carry out because of its input (not a bug): the message says what to change. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
