/** actplot list: every function, grouped, with its formula, parameters and what transformers calls it. */
import { FUNCTIONS, getFunction } from '../functions/registry';
import { io } from './io';

const GROUPS = [
  ['document', "The document's functions"],
  ['pytorch', "PyTorch's other activations (torch.nn)"],
  ['transformers', 'Hugging Face transformers\' own activations (ACT2CLS names, a config.json\'s "hidden_act")'],
  ['gated', "Gated units of LLM feed-forward layers, act(gate) * up (GLU variants, vLLM's *_and_mul)"],
  ['other', 'Others'],
] as const;

export function listCommand(opts: { json?: boolean }): void {
  if (opts.json) {
    const out = FUNCTIONS.map((f) => ({
      name: f.name,
      aliases: f.aliases,
      group: f.group,
      formula: f.formula,
      ...(f.sameAs && { sameAs: f.sameAs }),
      ...(f.usedBy && { usedBy: f.usedBy }),
      label: f.label,
      params: f.params.map((p) => ({
        name: p.name,
        default: p.kind === 'number' && p.tiedTo ? p.tiedTo : p.default,
        description: p.description,
        ...(p.kind === 'choice' ? { choices: p.choices } : {}),
      })),
    }));
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const [group, title] of GROUPS) {
    const members = FUNCTIONS.filter((g) => g.group === group);
    if (!members.length) continue;
    lines.push(`${title}:`, '');
    for (const f of members) {
      lines.push(`  ${f.name}${f.aliases.length ? `  (also: ${f.aliases.join(', ')})` : ''}`);
      lines.push(`      ${f.formula}`);
      if (f.sameAs) lines.push(`      the same function as ${f.sameAs}`);
      if (f.usedBy) lines.push(`      used by: ${f.usedBy}`);
      for (const p of f.params) {
        const choices = p.kind === 'choice' ? ` [${p.choices.join(' | ')}]` : '';
        const shown = p.kind === 'number' && p.tiedTo ? p.tiedTo : p.default;
        lines.push(`      --param ${p.name}=${shown}${choices}   ${p.description}`);
      }
    }
    lines.push('');
    if (group === 'transformers') lines.push(...act2clsLines(), '');
  }
  lines.push('Names are case-insensitive; hyphens and underscores are optional (LeakyReLU, leaky_relu).');
  io.stdout.write(`${lines.join('\n')}\n`);
}

/** Every ACT2CLS name with the function it draws, where that is not a function of the same name. */
function act2clsLines(): string[] {
  const { ACT2CLS } = require('../functions/transformers') as typeof import('../functions/transformers');
  const elsewhere = ACT2CLS.filter(([name, fn]) => getFunction(fn).group !== 'transformers' || name !== fn);
  return [
    `  ACT2CLS's other ${elsewhere.length} of its ${ACT2CLS.length} names draw the functions above as named here:`,
    ...elsewhere.map(([name, fn]) => {
      const f = getFunction(fn);
      const note = name === 'swish' ? ' (nn.SiLU)' : name === 'prelu' ? ' (weight 0.25 at initialisation)' : '';
      return `    ${name.padEnd(12)} -> ${f.name}${note}`;
    }),
  ];
}
