#!/usr/bin/env python3
"""Writes test/fixtures/ticks.json: matplotlib's automatic ticks, labels and offset text for many view
intervals and axis lengths. A development tool (needs Debian's python3-matplotlib); the tests only read its output.

    /usr/bin/python3 scripts/make-tick-fixtures.py
"""
import json
import os
import random

import matplotlib
matplotlib.use('Agg')
import matplotlib.ticker  # noqa: E402
from matplotlib import pyplot as plt

random.seed(7)
cases = [(-8.795, 8.695), (-0.395, 8.295), (-1.3, 1.3), (0, 1), (-1, 1), (1e-7, 3e-7), (1e6, 1e6 + 5),
         (12345.6, 12346.2), (-1e-3, 2e-3), (0.999, 1.001), (-5e8, 5e8), (100, 101), (-1e-10, 1e-10),
         (2.5, 2.5000001), (-7.7, -7.6), (0, 1e-5), (1e5, 9e5), (-3, 1e7), (0.1, 0.25), (-1000, 1000)]
for _ in range(60):
    a = random.uniform(-10, 10) * 10 ** random.randint(-6, 8)
    b = a + abs(random.uniform(0.01, 10)) * 10 ** random.randint(-6, 8)
    cases.append((a, b))
sizes = [(8, 4), (16, 2), (4, 3), (14, 4.2), (2, 2)]

out = []
for i, (lo, hi) in enumerate(cases):
    w, h = sizes[i % len(sizes)]
    fig = plt.figure(figsize=(w, h))
    ax = fig.add_subplot()
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    fig.canvas.draw()
    for axis in ('x', 'y'):
        a = ax.xaxis if axis == 'x' else ax.yaxis
        bbox = ax.get_window_extent()
        length_pt = (bbox.width if axis == 'x' else bbox.height) * 72 / fig.dpi
        labels = [t.get_text() for t in (ax.get_xticklabels() if axis == 'x' else ax.get_yticklabels())]
        locs = list(a.get_majorticklocs())
        lo_v, hi_v = a.get_view_interval()
        visible = [(float(v), s) for v, s in zip(locs, labels) if lo_v - 1e-10 * (hi_v - lo_v) <= v <= hi_v + 1e-10 * (hi_v - lo_v)]
        out.append({'axis': axis, 'lim': [float(lo), float(hi)], 'length_pt': length_pt,
                    'locs': [float(v) for v in locs], 'visible': [v for v, _ in visible], 'labels': [s for _, s in visible],
                    'offset': a.get_offset_text().get_text()})
    plt.close(fig)

# ScalarFormatter under its rcParams: power limits (equal ones fix the exponent), no offset, another threshold.
RC_VARIANTS = [{'axes.formatter.limits': [-3, 3]}, {'axes.formatter.limits': [0, 0]},
               {'axes.formatter.limits': [2, 2]}, {'axes.formatter.limits': [-2, 4]},
               {'axes.formatter.useoffset': False}, {'axes.formatter.offset_threshold': 2},
               {'axes.formatter.offset_threshold': 6}, {'axes.formatter.use_mathtext': True},
               {'axes.formatter.use_mathtext': True, 'axes.formatter.limits': [0, 0]}]
formatter = []
for rc in RC_VARIANTS:
    for lo, hi in [(0, 5000), (-0.004, 0.002), (1000, 1000.01), (100, 100.5), (12345.6, 12346.2), (-8, 8),
                   (1e6, 1e6 + 5), (0.5, 250)]:
        with matplotlib.rc_context(rc):
            fig = plt.figure(figsize=(6.4, 4.8))
            ax = fig.add_subplot()
            ax.set_xlim(lo, hi)
            fig.canvas.draw()
            locs = list(ax.xaxis.get_majorticklocs())
            lo_v, hi_v = ax.xaxis.get_view_interval()
            labels = [t.get_text() for t in ax.get_xticklabels()]
            visible = [(float(v), s) for v, s in zip(locs, labels) if lo_v - 1e-10 * (hi_v - lo_v) <= v <= hi_v + 1e-10 * (hi_v - lo_v)]
            formatter.append({'rc': rc, 'lim': [float(lo), float(hi)], 'locs': [float(v) for v in locs],
                              'visible': [v for v, _ in visible], 'labels': [s for _, s in visible],
                              'offset': ax.xaxis.get_offset_text().get_text()})
            plt.close(fig)

# axes.autolimit_mode 'round_numbers': autoscaled limits (the data plus margins) taken out to the locator's
# ticks, with the automatic locator (its bins from the axes' size), classic mode's, a MultipleLocator and a log
# axis; the data is a line from (lo, lo) to (hi, hi).
ROUND_VARIANTS = [({}, None, None), ({'_internal.classic_mode': True}, None, None), ({}, 0.25, None),
                  ({}, None, 'log'), ({'_internal.classic_mode': True}, None, 'log'), ({'axes.xmargin': 0, 'axes.ymargin': 0}, None, None)]
round_cases = []
for k, (rc, multiple, scale) in enumerate(ROUND_VARIANTS):
    for i in range(12):
        if scale == 'log':
            lo = 10 ** random.uniform(-5, 3)
            hi = lo * 10 ** random.uniform(0.05, 6)
        else:
            lo = random.uniform(-10, 10) * 10 ** random.randint(-3, 3)
            hi = lo + abs(random.uniform(0.05, 10)) * 10 ** random.randint(-3, 3)
        w, h = sizes[(i + k) % len(sizes)]
        with matplotlib.rc_context({'axes.autolimit_mode': 'round_numbers', **rc}):
            fig = plt.figure(figsize=(w, h))
            ax = fig.add_subplot()
            if multiple:
                ax.xaxis.set_major_locator(matplotlib.ticker.MultipleLocator(multiple))
            ax.plot([lo, hi], [lo, hi])
            if scale:
                ax.set_xscale(scale)
                ax.set_yscale(scale)
            bbox = ax.get_window_extent()
            round_cases.append({'rc': rc, 'multiple': multiple, 'scale': scale, 'data': [lo, hi],
                                'length_pt': [bbox.width * 72 / fig.dpi, bbox.height * 72 / fig.dpi],
                                'xlim': list(ax.get_xlim()), 'ylim': list(ax.get_ylim())})
            plt.close(fig)

path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'ticks.json')
with open(path, 'w') as f:
    json.dump({'matplotlib': matplotlib.__version__, 'cases': out, 'formatter': formatter, 'round': round_cases}, f,
              indent=1)
print(f'{len(out)} cases written to {os.path.normpath(path)}')
