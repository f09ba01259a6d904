"""torch.linspace's values, to the bit, for the contract test of --num (test/fixtures/torch-linspace.json).
Run with Debian's python3-torch: /usr/bin/python3 scripts/make-linspace-fixtures.py
"""
import json

import torch

CASES = [(-8, 8, 101, "float32"), (-3, 3, 7, "float32"), (-5, 5, 1000, "float32"), (0.1, 7.3, 333, "float32"),
         (-1e-6, 1e-6, 200, "float64"), (1000, 1000.01, 50, "float64"), (-2e7, 5e7, 100, "float32"),
         (-4, 3, 37, "float64"), (-6, 6, 2, "float32"), (-7, 7, 17, "float32")]
out = []
for start, end, steps, dtype in CASES:
    x = torch.linspace(start, end, steps, dtype=getattr(torch, dtype))
    out.append({"from": start, "to": end, "num": steps, "dtype": dtype,
                "values": [float(v).hex() for v in x.to(torch.float64).tolist()]})
json.dump({"torch": torch.__version__, "cases": out}, open("test/fixtures/torch-linspace.json", "w"), indent=0)
print(len(out), "cases")
