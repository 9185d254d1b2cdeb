/**
 * The nova-mail core, shared by the CLI and the VS Code extension, which use it through this entry
 * only: pure functions over text, and the parts that touch the outside world (disk, SMTP, DNS).
 */
// The pure part (what a browser takes too), then the parts that touch the world.
export * from './browser';
export type { LintOptions } from './lint';
export type { FixAllResult } from './fix-all';
export type { RuleMeta } from './rules';
export type { NewConfigAnswers } from './new-config';
export type { Catalog, Data, Message, PlainData } from './catalog';
export * from './disk';
export * from './send';
export * from './deliverability';
export * from './types';
export * from './overview';
export * from './own-server';
export * from './xlsx';
