#!/usr/bin/env python3
"""Writes test/fixtures/tick-sides.json: for rcParams and tick_params calls, which sides carry the major and the
minor ticks' marks and labels, and for rcParams, grid() and tick_params(grid_...) calls, each axis's major and
minor grid lines (on or off, colour, alpha, width, style), as matplotlib's ticks report them. A development tool
(needs Debian's python3-matplotlib); the tests only read its output.

    /usr/bin/python3 scripts/make-tick-sides-fixtures.py
"""
import json
import os

import matplotlib
matplotlib.use('Agg')
from matplotlib import pyplot as plt  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'tick-sides.json')

# (rcParams, tick_params argument texts in order)
CASES = [
    ({}, []),
    ({'xtick.top': True, 'ytick.right': True}, []),
    ({'xtick.top': True, 'xtick.minor.top': False}, []),
    ({'xtick.top': True, 'xtick.major.top': False}, []),
    ({'xtick.major.bottom': False}, []),
    ({'xtick.minor.bottom': False, 'ytick.minor.left': False}, []),
    ({'ytick.right': True, 'ytick.labelright': True, 'ytick.major.right': False}, []),
    ({'xtick.labeltop': True, 'xtick.top': True, 'xtick.minor.top': False}, []),
    ({'ytick.major.left': False, 'ytick.major.right': True, 'ytick.right': True}, []),
    ({}, ["top=True, right=True"]),
    ({}, ["which='minor', top=True"]),
    ({}, ["which='both', top=True, labeltop=True"]),
    ({}, ["which='minor', bottom=False, labelbottom=False"]),
    ({}, ["axis='y', which='minor', left=False, right=True"]),
    ({'xtick.top': True}, ["which='major', top=False"]),
    ({'xtick.minor.top': False, 'xtick.top': True}, ["which='minor', top=True"]),
    ({}, ["top=True", "which='minor', top=False", "which='both', bottom=False"]),
    ({'ytick.labelright': True}, ["axis='y', which='minor', labelright=False"]),
]

# (rcParams, calls in order: ('grid', text) or ('tick_params', text))
GRID_CASES = [
    ({}, []),
    ({}, [('grid', 'True')]),
    ({}, [('grid', '')]),
    ({}, [('grid', ''), ('grid', '')]),
    ({}, [('grid', "which='minor'")]),
    ({}, [('grid', "which='both', axis='y'")]),
    ({'axes.grid': True}, []),
    ({'axes.grid': True}, [('grid', '')]),
    ({'axes.grid': True}, [('grid', "axis='x'")]),
    ({'axes.grid': True, 'axes.grid.axis': 'y'}, []),
    ({'axes.grid': True, 'axes.grid.which': 'both', 'axes.grid.axis': 'x'}, []),
    ({'axes.grid': True, 'axes.grid.which': 'minor'}, [('grid', "which='major'")]),
    ({}, [('grid', "which='major', linestyle='-', alpha=0.7"), ('grid', "which='minor', linestyle=':', lw=0.5")]),
    ({}, [('grid', "False, color='r'")]),
    ({}, [('grid', "alpha=0.3"), ('grid', 'False')]),
    ({}, [('grid', 'True'), ('tick_params', "axis='y', grid_color='r', grid_alpha=0.5")]),
    ({}, [('tick_params', "which='minor', grid_linewidth=2"), ('grid', "True, which='both'")]),
    ({'grid.color': '0.5', 'grid.linestyle': '--'}, [('grid', "axis='x', color='b'")]),
]


def grid_state(ax):
    out = {}
    for axis in ('x', 'y'):
        a = getattr(ax, f'{axis}axis')
        for kind, ticks in (('major', a.get_major_ticks()), ('minor', a.get_minor_ticks())):
            g = ticks[0].gridline
            ls = g.get_linestyle()
            out[f'{axis}.{kind}'] = {'on': g.get_visible(), 'color': matplotlib.colors.to_hex(g.get_color()),
                                     'alpha': g.get_alpha(), 'linewidth': g.get_linewidth(),
                                     'linestyle': {'-': '-', '--': '--', ':': ':', '-.': '-.'}.get(ls, ls)}
    return out


def sides(ax, which):
    out = {}
    for axis, (near, far) in (('x', ('bottom', 'top')), ('y', ('left', 'right'))):
        a = getattr(ax, f'{axis}axis')
        tick = (a.get_major_ticks() if which == 'major' else a.get_minor_ticks())[0]
        out[axis] = {
            'marks': {near: tick.tick1line.get_visible(), far: tick.tick2line.get_visible()},
            'labels': {near: tick.label1.get_visible(), far: tick.label2.get_visible()},
        }
    return out


def main():
    cases = []
    for rc, calls in CASES:
        with matplotlib.rc_context(rc):
            fig, ax = plt.subplots()
            ax.minorticks_on()
            for call in calls:
                eval(f'ax.tick_params({call})')  # the fixture's own literal calls above
            fig.canvas.draw()
            cases.append({'rc': rc, 'tickParams': calls, 'major': sides(ax, 'major'), 'minor': sides(ax, 'minor')})
            plt.close(fig)
    grids = []
    for rc, calls in GRID_CASES:
        with matplotlib.rc_context(rc):
            fig, ax = plt.subplots()
            ax.minorticks_on()
            for kind, call in calls:
                eval(f'ax.{kind}({call})')  # the fixture's own literal calls above
            fig.canvas.draw()
            grids.append({'rc': rc, 'calls': [list(c) for c in calls], 'grid': grid_state(ax)})
            plt.close(fig)
    with open(OUT, 'w') as f:
        json.dump({'matplotlib': matplotlib.__version__, 'cases': cases, 'grids': grids}, f, indent=1)
    print(f'{len(cases)} cases written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
