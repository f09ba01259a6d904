"""numpy's np.gradient values, to the bit, for the contract test of a script's `np.gradient(y, x)`
(test/fixtures/numpy-gradient.json): coordinates of even and uneven spacing (np.linspace's differ in their last
bits), a spacing given as a number, and none. Run with Debian's python3-numpy:
/usr/bin/python3 scripts/make-gradient-fixtures.py
"""
import json

import numpy as np

CASES = [
    ('linspace', np.linspace(-5, 5, 201), 'coordinates'),
    ('arange-even', np.arange(-3, 3, 0.5), 'coordinates'),
    ('arange-uneven', np.arange(-2, 2, 0.1), 'coordinates'),
    ('spacing', np.arange(-2, 2, 0.1), 0.1),
    ('none', np.linspace(-1, 1, 21), None),
]
out = []
for name, x, spacing in CASES:
    y = x * x * x - x
    g = np.gradient(y) if spacing is None else np.gradient(y, x if spacing == 'coordinates' else spacing)
    out.append({'name': name, 'spacing': spacing, 'x': [float(v).hex() for v in x],
                'gradient': [float(v).hex() for v in g]})
json.dump({'numpy': np.__version__, 'cases': out}, open('test/fixtures/numpy-gradient.json', 'w'), indent=0)
print(len(out), 'cases')
