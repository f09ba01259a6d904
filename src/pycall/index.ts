/**
 * Python call arguments, as copied from a script: their source text (source.ts), their values (literals.ts),
 * bound to a call's parameters (bind.ts).
 */
export * from './source';
export * from './literals';
export * from './bind';
