/** The model's version: part of every result's identity. Bump it whenever an equation or a default changes. */
export const MODEL_VERSION = '2.6.1';
