#!/usr/bin/env python3
"""Writes test/fixtures/prop-cycle.json: axes.prop_cycle texts as matplotlib's validate_cycler reads them (each
property's values by_key(), or that it refuses the text), and lines plotted under such a cycle (with and without a
format string and keywords of their own): the colour, line style, width and marker each line gets; and
axes given their own cycle by set_prop_cycle(): what their lines, scatters and fill_between patches get. A development
tool (needs Debian's python3-matplotlib); the tests only read its output.

    /usr/bin/python3 scripts/make-prop-cycle-fixtures.py
"""
import json
import os

import matplotlib
matplotlib.use('Agg')
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.rcsetup import cycler, validate_cycler  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'prop-cycle.json')

READ = [
    "cycler(color=['r', 'g', 'b']) + cycler(linestyle=['-', '--', ':'])",
    "cycler('color', 'rgb') * cycler(lw=[1, 2])",
    "2 * cycler('color', 'rg')",
    "cycler('color', ['r', 'g']) * 2",
    "(cycler(color=['r', 'b']) * cycler(lw=[1, 2.5]))[1:] + cycler(marker=['o', 's', '^'])",
    "cycler(c='rg', ls=['-', '--'])",
    "cycler('color', 'rgbcmyk')[::2]",
    "cycler('color', 'rgbcmyk')[::-1]",
    "cycler('color', 'rgbcmyk')[-3:-1]",
    "cycler(color=['C85200', '0.5', (0.1, 0.2, 0.3), 'tab:orange'])",
    "cycler(linestyle=['-', 'dashed', 'None', (0, (5, 2))])",
    "cycler(marker=['o', 'None'], mfc=['none', 'r'], mew=[1, 2], ms=[4, 8], alpha=[0.5, 1], mec=['k', 'b'])",
    "cycler(lw='1, 2')",
    "cycler('color', 'red, blue')",
    "cycler(color=['r']) + cycler(ls=['-', '--'])",
    "cycler(color='r') * cycler(c='g')",
    "cycler(color=['C1'])",
    "cycler(foo=[1])",
    "cycler('color')",
    "cycler(color=['nosuch'])",
    "cycler(marker=['o'], ls=['-']) - cycler(lw=[1])",
]

# (cycle, lines: each a format string or None and the keywords plot() is given)
SEQUENCES = [
    ("cycler(color=['r', 'g', 'b']) + cycler(linestyle=['-', '--', ':'])",
     [(None, {}), (None, {'color': 'k'}), ('m', {}), ('o', {}), (None, {}), (None, {'linestyle': '-.'}),
      ('k--', {})]),
    ("cycler(color=['r', 'b', 'g']) + cycler(marker=['o', 's', '^']) + cycler(lw=[1, 2, 3])",
     [('k--', {}), ('k', {}), ('--', {}), ('o', {}), ('m', {}), (None, {}), (None, {'marker': 'None'})]),
    ("cycler(linestyle=['-', '--'])",
     [(None, {}), (None, {}), ('r', {}), (None, {'color': 'b'})]),
    ("cycler('color', 'rg') * cycler(lw=[1, 3])",
     [(None, {}), (None, {}), (None, {}), (None, {'lw': 2}), (None, {}), ('b-', {})]),
]


# ax.set_prop_cycle()'s arguments, under an rc cycle of its own: the lines (a format string or None and keywords),
# then how many scatter() and fill_between() calls, in that order (they take the patches' cycle).
AXES_RC = "cycler(color=['y', 'k'])"
AXES_CYCLES = [
    ("color=['r', 'g', 'b'], ls=['-', '--', ':']", [(None, {}), (None, {'color': 'k'}), ('m', {}), (None, {})], 1, 2),
    ("'color', ['m', 'c']", [(None, {}), (None, {}), (None, {})], 1, 1),
    ('cycler(lw=[1, 3])', [(None, {}), (None, {}), (None, {})], 1, 1),
    ("cycler('color', 'rg') * cycler(ls=['-', ':'])", [(None, {}), ('--', {}), (None, {})], 0, 3),
    ('None', [(None, {}), (None, {}), (None, {})], 1, 1),
]


def by_key(cycle):
    out = {}
    for key, values in cycle.by_key().items():
        if key in ('color', 'markerfacecolor', 'markeredgecolor'):
            out[key] = [v if v == 'none' else list(to_rgba(v)) for v in values]
        elif key == 'linestyle':
            out[key] = [v if isinstance(v, str) else [v[0], list(v[1])] for v in values]
        else:
            out[key] = list(values)
    return out


def read(text):
    try:
        return {'text': text, 'by_key': by_key(validate_cycler(text))}
    except Exception as e:  # matplotlib refuses it (ValueError, TypeError...)
        return {'text': text, 'refused': type(e).__name__}


def lines(cycle, calls):
    out = []
    with matplotlib.rc_context({'axes.prop_cycle': validate_cycler(cycle)}):
        fig, ax = plt.subplots()
        for fmt, kw in calls:
            line, = ax.plot([0, 1], [0, 1], fmt, **kw) if fmt else ax.plot([0, 1], [0, 1], **kw)
            out.append({'fmt': fmt, 'kw': kw, 'color': list(to_rgba(line.get_color())),
                        'linestyle': line.get_linestyle(), 'linewidth': line.get_linewidth(),
                        'marker': line.get_marker()})
        plt.close(fig)
    return {'cycle': cycle, 'lines': out}


def line_props(line):
    return {'color': list(to_rgba(line.get_color())), 'linestyle': line.get_linestyle(),
            'linewidth': line.get_linewidth(), 'marker': line.get_marker()}


def axes_cycle(args, calls, scatters, fills):
    with matplotlib.rc_context({'axes.prop_cycle': validate_cycler(AXES_RC)}):
        fig, ax = plt.subplots()
        # The arguments as a script writes them (this tool's own constant texts, not input).
        eval(f'ax.set_prop_cycle({args})', {'ax': ax, 'cycler': cycler})
        lines = []
        for fmt, kw in calls:
            line, = ax.plot([0, 1], [0, 1], fmt, **kw) if fmt else ax.plot([0, 1], [0, 1], **kw)
            lines.append({'fmt': fmt, 'kw': kw, **line_props(line)})
        patches = [list(ax.scatter([0, 1], [0, 1]).get_facecolor()[0]) for _ in range(scatters)]
        patches += [list(ax.fill_between([0, 1], [0, 1], 0).get_facecolor()[0]) for _ in range(fills)]
        plt.close(fig)
    return {'args': args, 'lines': lines, 'scatters': scatters, 'fills': fills, 'patches': patches}


def main():
    data = {'matplotlib': matplotlib.__version__, 'read': [read(t) for t in READ],
            'sequences': [lines(c, calls) for c, calls in SEQUENCES],
            'axes_rc': AXES_RC, 'axes_cycles': [axes_cycle(*c) for c in AXES_CYCLES]}
    with open(OUT, 'w') as f:
        json.dump(data, f, indent=1)
    print(f'{len(READ)} texts, {len(SEQUENCES)} sequences and {len(AXES_CYCLES)} axes cycles written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
