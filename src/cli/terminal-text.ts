/** Terminal lines show control characters, never obey them: the core's visible-text, by its CLI names. */
export { escapeControl, escapeLines } from '../core';
