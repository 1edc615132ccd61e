#!/usr/bin/env python3
"""Writes a synthetic département-level dataset as publication files for telebarometer's import command.

    bench/generate.py --observations 100000 --out bench/work/100k

Weekly figures per département × specialty × metric from 2019-W01 to 2025-W52, shaped like the published national
curve (a near-zero 2019, the spring 2020 spike, the summer fall, the second-lockdown rise, a plateau), one file per
metric and month as a monthly open-data release of Assurance Maladie would be. Enough départements are taken, in INSEE
order, to reach the size asked. One figure in 50 is approximate, one in 100 a range; a GERS Data panel estimate
15 % off the insurer's count doubles the general-practice weeks of the first three départements, so the discrepancy
report has work to do. Values are deterministic (seeded), quotes say they are synthetic.
"""
import argparse
import datetime
import json
import math
import os
import random

DEPARTEMENTS = [f"{n:02d}" for n in range(1, 20)] + ["2A", "2B"] + [f"{n:02d}" for n in range(21, 96)] + [
    "971", "972", "973", "974", "976"]
SPECIALTIES = {"ALL": 1.0, "GENERAL_PRACTICE": 0.62, "SPECIALISTS": 0.38, "HOSPITAL": 0.08, "HEALTH_CENTRES_GP": 0.03,
               "ENDOCRINOLOGY": 0.01, "NEUROLOGY": 0.015, "PEDIATRICS": 0.02, "PSYCHIATRY": 0.09, "RHEUMATOLOGY": 0.008}
METRICS = ["TELECONSULTATIONS", "TELECONSULTATION_SHARE", "PRACTITIONERS"]
FIRST_WEEK = datetime.date(2018, 12, 31)  # Monday of 2019-W01
WEEKS = 365  # 2019-W01 .. 2025-W52
PER_DEPARTEMENT = len(SPECIALTIES) * len(METRICS) * WEEKS


def national_weekly(monday):
    """Teleconsultations billed in France in the week starting on this Monday, shaped like the published figures."""
    t = (monday - datetime.date(2020, 3, 16)).days / 7
    if t < -1:
        return 3000 + 40 * max(0, t + 60)
    if t < 4:
        return 80000 + (1000000 - 80000) * min(1, (t + 1) / 3)
    if t < 20:
        return 1000000 * math.exp(-(t - 4) / 9) + 120000
    if t < 34:
        return 270000 + 30000 * math.sin(t)
    if t < 40:
        return 480000
    return 330000 + 60000 * math.sin(t / 8)


def weight(departement):
    rng = random.Random(departement)
    return rng.uniform(0.2, 3.5) / 100


def value(metric, departement, specialty, monday, rng):
    count = national_weekly(monday) * weight(departement) * SPECIALTIES[specialty]
    if metric == "TELECONSULTATIONS":
        return round(count * rng.uniform(0.95, 1.05))
    if metric == "PRACTITIONERS":
        return round(math.sqrt(count) * 6 * rng.uniform(0.9, 1.1))
    return round(min(35.0, 0.1 + count / (weight(departement) * SPECIALTIES[specialty] * 40000)) * rng.uniform(0.95, 1.05), 1)


def observation(metric, departement, specialty, monday, rng, source="ASSURANCE_MALADIE", skew=1.0):
    iso = monday.isocalendar()
    v = value(metric, departement, specialty, monday, rng) * skew
    v = round(v, 1) if metric.endswith("SHARE") else round(v)
    roll = rng.random()
    item = {"series": f"{metric}.{specialty}.FR_{departement}", "period": f"{iso[0]}-W{iso[1]:02d}",
            "value": v, "qualifier": "EXACT", "source": source,
            "quote": f"Synthetic benchmark figure: {v} for {metric} {specialty} in département {departement}, "
                     f"week {iso[0]}-W{iso[1]:02d}."}
    if roll < 0.01:
        item.update(qualifier="RANGE", low=round(v * 0.95, 1), high=round(v * 1.05, 1))
        item["value"] = round((item["low"] + item["high"]) / 2, 1)
    elif roll < 0.03:
        item["qualifier"] = "APPROXIMATE"
    return item


def months():
    for week in range(WEEKS):
        monday = FIRST_WEEK + datetime.timedelta(weeks=week)
        thursday = monday + datetime.timedelta(days=3)
        yield (thursday.year, thursday.month), monday


def publication(pid, publisher, month, observations):
    year, mon = month
    published = datetime.date(year + (mon == 12), mon % 12 + 1, 8).isoformat()
    return {"id": pid, "publisher": publisher, "publishedOn": published, "language": "fr",
            "title": f"Synthetic département-level release {year}-{mon:02d} (benchmark data, not published)",
            "observations": observations}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--observations", type=int, required=True, help="approximate size of the dataset")
    parser.add_argument("--out", required=True, help="directory for the publication files")
    args = parser.parse_args()
    count = max(1, min(len(DEPARTEMENTS), round(args.observations / PER_DEPARTEMENT)))
    departements = DEPARTEMENTS[:count]
    conflicting = set(departements[:3])
    os.makedirs(args.out, exist_ok=True)
    by_file = {}
    for month, monday in months():
        for metric in METRICS:
            rng = random.Random(f"{metric}{month}")
            release = by_file.setdefault((metric, month, "ASSURANCE_MALADIE"), [])
            for departement in departements:
                for specialty in SPECIALTIES:
                    release.append(observation(metric, departement, specialty, monday, rng))
                    if (metric == "TELECONSULTATIONS" and specialty == "GENERAL_PRACTICE"
                            and departement in conflicting):
                        by_file.setdefault((metric, month, "GERS_DATA"), []).append(
                            observation(metric, departement, specialty, monday, rng, "GERS_DATA", 1.15))
    total = 0
    for (metric, (year, mon), publisher), items in sorted(by_file.items()):
        pid = f"bench-{publisher.lower().replace('_', '-')}-{metric.lower().replace('_', '-')}-{year}-{mon:02d}"
        with open(os.path.join(args.out, pid + ".json"), "w", encoding="utf-8") as out:
            json.dump(publication(pid, publisher, (year, mon), items), out, ensure_ascii=False)
        total += len(items)
    print(f"{total} observations, {len(departements)} départements, {len(by_file)} publications in {args.out}")


if __name__ == "__main__":
    main()
