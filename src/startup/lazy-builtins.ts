/**
 * commander requires node:child_process as it loads, only to run executable subcommands, which actplot has
 * none of; with it come net, dgram and their streams, a few milliseconds of every start. commander gets a
 * stand-in that loads the real module on first use instead.
 */
import Module = require('node:module');

type Load = (request: string, parent: Module | undefined, isMain: boolean) => unknown;
const M = Module as unknown as { _load: Load };

export function deferChildProcessForCommander(): void {
  const load = M._load;
  let real: typeof import('node:child_process') | undefined;
  const lazy = new Proxy(
    {},
    {
      get: (_, key) =>
        (real ??= load('node:child_process', undefined, false) as typeof import('node:child_process'))[key as 'spawn'],
    },
  );
  M._load = function (this: unknown, request, parent, isMain) {
    if (request === 'node:child_process' && parent?.filename?.endsWith('/commander/lib/command.js')) return lazy;
    return load.call(this, request, parent, isMain);
  };
}
