#!/usr/bin/env python3
"""Writes test/fixtures/py-format.json: Python's own '%' formatting and str.format of tick values, for the
contract test of src/style/py-format.ts (FormatStrFormatter and StrMethodFormatter format a tick so).
A development tool; the tests only read its output.

    /usr/bin/python3 scripts/make-format-fixtures.py
"""
import json
import os

# Tick values, with ties on binary halves (0.125, 2.5) and the carries of rounding (9.9999, 99.995).
VALUES = [float(v) for v in [0, -0.0, 0.5, -0.5, 1, -1, 2.5, 0.125, 0.375, -0.125, 1.005, 2.675, 0.1, 0.2,
                             0.30000000000000004, 1234.5678, -1234.5678, 1e-5, 1.5e-5, 123456789.0, 1e16, 1.25e17,
                             0.0001, 0.00012345, 99.995, 9.9999, -7.5, 3.0, 1e21, 2.5e-7]]
PRINTF = ['%.2f', '%.1f', '%.0f', '%d', '%i', '%5.1f', '%-6.2f|', '%+.2f', '% .1f', '%06.2f', '%+06.1f', '%e', '%.3e',
          '%.0e', '%g', '%.3g', '%.1g', '%#.3g', '%G', '%E', '%s', '%r', '%.2f%%', 'x=%.1f', '%#.0f', '%10.3e',
          '%.10f', '%.1F']
STR = ['{x:.2f}', '{x:.1f}', '{x:.0f}', '{x}', '{x:,.0f}', '{x:_.2f}', '{x:.1%}', '{x:.0%}', '{x:+.2f}', '{x: .1f}',
       '{x:>8.2f}', '{x:<8.2f}|', '{x:^9.1f}', '{x:*^9.1f}', '{x:=+9.1f}', '{x:08.2f}', '{x:.3e}', '{x:.3g}', '{x:g}',
       '{x:#.3g}', '{x:E}', '{x:.2F}', '{pos}', '{pos}: {x:.1f}', '{{x}} {x:.1f}', '{x:.2f} V', '{x:,.2f}',
       '{x:010.3f}']

out = {'printf': [[f, v, f % v] for f in PRINTF for v in VALUES],
       'str': [[f, v, i, f.format(x=v, pos=i)] for f in STR for i, v in enumerate(VALUES)]}
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'py-format.json')
with open(path, 'w') as fh:
    json.dump(out, fh, indent=0)
print(len(out['printf']) + len(out['str']), 'formatted values written')
