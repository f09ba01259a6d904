"""What matplotlib's rcParams are after plt.style.use(sheet), for every bundled sheet (test/fixtures/rc-styles.json):
the keys each sheet sets, and every key of the defaults, with colours as RGBA, for the contract test of actplot's
reading of style sheets and matplotlibrc values.
Run with Debian's python3-matplotlib: /usr/bin/python3 scripts/make-rc-fixtures.py
"""
import json
import os

import matplotlib
from matplotlib import colors as mcolors

stylelib = os.path.join(matplotlib.get_data_path(), "stylelib")
SHEETS = sorted(f[: -len(".mplstyle")] for f in os.listdir(stylelib) if f.endswith(".mplstyle") and not f.startswith("_"))


def plain(key, value):
    """A value as JSON can hold it; colours as RGBA so that '555555' and '#555555' compare equal."""
    if key == "axes.prop_cycle":
        return {"cycle": [list(mcolors.to_rgba(c)) for c in value.by_key().get("color", [])]}
    if isinstance(value, str) and value not in ("auto", "inherit", "None", "none", "figure", "line", "linecolor"):
        if key.endswith("color") or key.endswith("facecolor") or key.endswith("edgecolor"):
            try:
                return {"rgba": list(mcolors.to_rgba(value))}
            except ValueError:
                pass
    if hasattr(value, "name") and hasattr(value, "value"):  # enums (CapStyle, JoinStyle)
        return value.value
    if isinstance(value, (list, tuple)):
        return [plain(key, v) for v in value]
    if isinstance(value, (int, float, bool, str)) or value is None:
        return value
    return str(value)


def sheet_keys(name):
    keys = []
    with open(os.path.join(stylelib, name + ".mplstyle")) as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if ":" in line:
                keys.append(line.split(":", 1)[0].strip())
    return keys


out = {"matplotlib": matplotlib.__version__, "defaults": {}, "sheets": {}}
with matplotlib.rc_context():
    matplotlib.rcdefaults()
    for k, v in matplotlib.rcParams.items():
        # The private keys but classic mode, which the classic sheet sets and actplot draws by.
        if not k.startswith("_") or k == "_internal.classic_mode":
            out["defaults"][k] = plain(k, v)
for name in SHEETS:
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.style.use(name)
        out["sheets"][name] = {k: plain(k, matplotlib.rcParams[k]) for k in sheet_keys(name)}
with open(os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "rc-styles.json"), "w") as fh:
    json.dump(out, fh, indent=1, sort_keys=True)
print(len(SHEETS), "sheets")
