#!/usr/bin/env python3
"""Writes test/fixtures/symlog.json: for data on a symlog axis (set_yscale('symlog', ...)), matplotlib's autoscaled
limits, the transform of a few values, the major ticks in view with LogFormatterSciNotation's labels, and the minor
ticks drawn. A development tool (needs Debian's python3-matplotlib); the tests only read its output.

    /usr/bin/python3 scripts/make-symlog-fixtures.py
"""
import json
import os

import matplotlib
matplotlib.use('Agg')
import numpy as np  # noqa: E402
from matplotlib import pyplot as plt  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'symlog.json')

# (data's low and high ends, set_yscale keywords, rcParams, set_ylim or None)
CASES = [
    ((-100, 1000), {}, {}, None),
    ((0, 1e6), {}, {}, None),
    ((-1e6, -5), {}, {}, None),
    ((-1, 1), {}, {}, None),
    ((-1.5, 0.5), {}, {}, None),
    ((-3, 3), {}, {}, None),
    ((-50, 50), {'linthresh': 0.1}, {}, None),
    ((-50, 50), {'linthresh': 1, 'linscale': 0.5}, {}, None),
    ((-50, 50), {'linthresh': 5, 'linscale': 2}, {}, None),
    ((-1e4, 1e4), {'base': 2}, {}, None),
    ((0.5, 3e3), {'base': 2, 'linthresh': 1}, {}, None),
    ((-1e12, 1e15), {}, {}, None),
    ((-1e30, 1e30), {'linthresh': 1e-3}, {}, None),
    ((-100, 1000), {'subs': [2, 5]}, {}, None),
    ((-100, 1000), {'subs': [1, 3]}, {}, None),
    ((-100, 1000), {}, {'axes.autolimit_mode': 'round_numbers'}, None),
    ((-7, 7), {}, {'axes.autolimit_mode': 'round_numbers'}, None),
    ((-100, 1000), {}, {'axes.ymargin': 0}, None),
    ((-100, 1000), {}, {}, (-20, 20)),
    ((-100, 1000), {}, {}, (3, 8)),
    ((-100, 1000), {}, {'axes.formatter.min_exponent': 2}, None),
    ((5, 5), {}, {}, None),
    ((0, 0), {}, {}, None),
    ((-100, 1000), {'base': 2.5, 'linthresh': 1}, {}, None),
]

PROBES = [-1e6, -100, -3, -2, -1, -0.5, 0, 0.25, 1, 2, 2.5, 10, 1e3, 1e9]


def case(data, kwargs, rc, ylim):
    with matplotlib.rc_context(rc):
        fig, ax = plt.subplots()
        ax.plot(np.linspace(0, 1, 201), np.linspace(data[0], data[1], 201))
        ax.set_yscale('symlog', **kwargs)
        if ylim:
            ax.set_ylim(*ylim)
        fig.canvas.draw()
        lo, hi = ax.get_ylim()
        tol = 1e-10 * abs(hi - lo)
        inview = lambda v: min(lo, hi) - tol <= v <= max(lo, hi) + tol
        major = [(float(t.get_loc()), t.label1.get_text()) for t in ax.yaxis.get_major_ticks()]
        minor = [float(t.get_loc()) for t in ax.yaxis.get_minor_ticks()]
        # the ticks drawn: in view (Axis._update_ticks keeps those), the minor ones apart from the major
        shown = [(v, s) for v, s in major if inview(v)]
        tr = ax.yaxis.get_transform()
        out = {
            'data': list(data), 'kwargs': kwargs, 'rc': rc, 'ylim_set': list(ylim) if ylim else None,
            'ylim': [float(lo), float(hi)],
            'probes': PROBES, 'transformed': [float(v) for v in tr.transform(np.array(PROBES, dtype=float))],
            'major': [v for v, _ in shown], 'labels': [s for _, s in shown],
            'minor': [v for v in minor if inview(v)],
        }
        plt.close(fig)
        return out


cases = [case(*c) for c in CASES]
with open(OUT, 'w') as f:
    json.dump({'matplotlib': matplotlib.__version__, 'cases': cases}, f, indent=1)
print(f'{len(cases)} cases written to {os.path.normpath(OUT)}')
