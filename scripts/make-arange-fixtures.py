"""numpy's arange values, to the bit, for the contract test of --arange numpy (test/fixtures/numpy-arange.json).
Run with Debian's python3-numpy: /usr/bin/python3 scripts/make-arange-fixtures.py
"""
import json

import numpy as np

CASES = [(-5, 5, 0.1, "float64"), (-7, 7, 0.01, "float64"), (0.3, 7.1, 0.7, "float64"), (-3, 3, 0.1, "float64"),
         (-5, 5, 0.1, "float32"), (-8, 8, 0.05, "float32"), (1e-3, 2.5e-3, 1e-4, "float64")]
out = []
for start, stop, step, dtype in CASES:
    x = np.arange(start, stop, step, dtype=np.float32 if dtype == "float32" else None)
    out.append({"from": start, "to": stop, "step": step, "dtype": dtype,
                "values": [float(v).hex() for v in x.astype(np.float64)]})
json.dump({"numpy": np.__version__, "cases": out}, open("test/fixtures/numpy-arange.json", "w"), indent=0)
print(len(out), "cases")
