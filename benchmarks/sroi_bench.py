"""SROI engine benchmark: status of 10,000 contracts with 100,000 activities (SPEC §7).

Run from the repository root:

    .venv/bin/python benchmarks/sroi_bench.py            # full size, 3 timed runs each
    .venv/bin/python benchmarks/sroi_bench.py --contracts 1000 --activities 10000 --runs 1

The data are generated deterministically (fixed seed) over the shipped catalogues, with
every unit and bonuses. Two implementations are timed in the same run on the same data:

* `sroi.contract_status` — the engine (dict lookups, exact Decimal arithmetic, one rounding);
* a naive baseline — the rules of SPEC §5.2–5.3 written out plainly: linear search of the
  block and bonuses per activity, `fractions.Fraction` arithmetic, obligation recomputed.

Both must agree on every contract (checked), so the speed-up costs no exactness. The target
is ≤ 2 s for the engine on the 2-core reference machine. Prints a small table.

Then double counting (SPEC §5.5): `sroi.double_counted` over the same activities with a
pseudonymous person each (about 4, then about 40 activities per person), beside a naive
baseline that recomputes the running set of a person's activities on every day the set may
change by scanning all of them; both must find the same overlaps.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sroi  # noqa: E402
from sroi import Activity, Contract  # noqa: E402

AS_OF = date(2027, 6, 30)
TARGET_SECONDS = 2.0


# ---------------------------------------------------------------- data


def generate(n_contracts: int, n_activities: int, seed: int = 20261122):
    """Contracts with their catalogue, accepted and pending activities; deterministic."""
    rng = random.Random(seed)  # noqa: S311 - deterministic test data, not security
    catalogues = [sroi.load_catalogue(name) for name in sroi.catalogue_presets()]
    contracts = []
    for _ in range(n_contracts):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1000))
        contract = Contract(
            value=Decimal(rng.randrange(50_000, 5_000_000)),
            sroi_percentage=Decimal(rng.choice(["2", "3", "5", "5", "10"])),
            start=start,
            end=start + timedelta(days=rng.randrange(180, 1500)),
            reduction_percentage=Decimal(rng.choice(["0", "0", "0", "20"])),
            penalty_percentage=Decimal(rng.choice(["0", "100", "150"])),
        )
        contracts.append((rng.choice(catalogues), contract, [], []))
    for _ in range(n_activities):
        cat, contract, accepted, pending = contracts[rng.randrange(n_contracts)]
        activity = _activity(rng, cat, contract)
        (accepted if rng.random() < 0.8 else pending).append(activity)
    return contracts


def _activity(rng: random.Random, cat: sroi.Catalogue, contract: Contract) -> Activity:
    """One plausible activity for a contract: dates around its term, unit-appropriate fields."""
    block = rng.choice(cat.blocks)
    start = contract.start + timedelta(days=rng.randrange(-60, 900))
    end = None if rng.random() < 0.4 else start + timedelta(days=rng.randrange(0, 800))
    bonuses: tuple[str, ...] = ()
    if block.unit == "year" and cat.bonuses and rng.random() < 0.3:
        bonuses = tuple(rng.sample([b.code for b in cat.bonuses], 1))
    return Activity(
        block=block.code,
        start=start,
        end=end,
        hours_per_week=Decimal(rng.randrange(8, 45)) if block.unit == "year" else None,
        bonuses=bonuses,
        hours=Decimal(rng.randrange(1, 200)) / 2 if block.unit == "hour" else None,
        amount=(
            Decimal(rng.randrange(100, 5_000_000)) / 100
            if block.unit in ("invoice", "wage")
            else None
        ),
    )


# ---------------------------------------------------------------- naive baseline


def naive_status(cat, contract, accepted, pending, as_of):
    """SPEC §5.2–5.3 written out plainly: linear lookups and Fraction arithmetic."""
    obligation = (
        Fraction(contract.value)
        * Fraction(contract.sroi_percentage)
        / 100
        * (1 - Fraction(contract.reduction_percentage) / 100)
    )
    owed = _cents(obligation)
    realized = sum((naive_value(cat, contract, a, as_of) for a in accepted), Decimal(0))
    waiting = sum((naive_value(cat, contract, a, as_of) for a in pending), Decimal(0))
    total = (contract.end - contract.start).days + 1
    end = min(as_of, contract.end)
    elapsed = (end - contract.start).days + 1 if end >= contract.start else 0
    expected = _cents(obligation * elapsed / total)
    if realized >= owed:
        state = "fulfilled"
    elif as_of > contract.end:
        state = "not_met"
    elif realized >= expected:
        state = "on_track"
    else:
        state = "behind"
    return owed, realized, waiting, expected, state


def naive_value(cat, contract, activity, as_of) -> Decimal:
    """One activity's value, found and computed the straightforward way."""
    block = None
    for candidate in cat.blocks:
        if candidate.code == activity.block:
            block = candidate
    start = max(activity.start, contract.start)
    end = min(activity.end or as_of, as_of, contract.end)
    if block.max_years:
        try:
            limit = activity.start.replace(year=activity.start.year + block.max_years)
        except ValueError:
            limit = activity.start.replace(year=activity.start.year + block.max_years, day=28)
        end = min(end, limit - timedelta(days=1))
    days = (end - start).days + 1 if end >= start else 0
    if block.unit == "year":
        annual = Fraction(block.value)
        for code in activity.bonuses:
            for bonus in cat.bonuses:
                if bonus.code == code:
                    annual += Fraction(bonus.value)
        factor = min(Fraction(activity.hours_per_week) / Fraction(cat.fulltime_hours), 1)
        return _cents(annual * factor * days / 365)
    if block.unit == "month":
        return _cents(Fraction(block.value) * 12 * days / 365)
    if not contract.start <= activity.start <= end:
        return Decimal("0.00")
    if block.unit == "hour":
        return _cents(Fraction(block.value) * Fraction(activity.hours))
    if block.unit in ("invoice", "wage"):
        return _cents(Fraction(activity.amount) * Fraction(block.value))
    return _cents(Fraction(block.value))


def _cents(value: Fraction) -> Decimal:
    """Half-up to cents."""
    return Decimal(math.floor(value * 100 + Fraction(1, 2))).scaleb(-2)


# ---------------------------------------------------------------- timing


def run_engine(data):
    return [
        sroi.contract_status(cat, c, accepted=acc, pending=pend, as_of=AS_OF)
        for cat, c, acc, pend in data
    ]


def run_naive(data):
    return [naive_status(cat, c, acc, pend, AS_OF) for cat, c, acc, pend in data]


def timed(function, data, runs: int):
    """Median wall time over `runs` runs, and the last result."""
    times = []
    result = None
    for _ in range(runs):
        began = time.perf_counter()
        result = function(data)
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def with_persons(data, per_person: int, seed: int = 20261207):
    """Every activity that states hours per week, given one of n/per_person pseudonyms."""
    rng = random.Random(seed)  # noqa: S311 - deterministic test data, not security
    timed_work = [a for _, _, acc, pend in data for a in (*acc, *pend) if a.hours_per_week]
    persons = max(1, len(timed_work) // per_person)
    return [replace(a, person=f"p{rng.randrange(persons)}") for a in timed_work]


def _runs_on(activity, day) -> bool:
    """Inclusive dates; no end runs on."""
    return activity.start <= day and (activity.end is None or day <= activity.end)


def naive_double_counted(activities, fulltime=Decimal(36)):
    """For each person and each day a set may change, scan all their activities."""
    mine: dict[str, list[int]] = {}
    for index, activity in enumerate(activities):
        if activity.person is not None and activity.hours_per_week is not None:
            mine.setdefault(activity.person, []).append(index)
    found = []
    for person in sorted(mine):
        indexes = mine[person]
        days = sorted(
            {activities[i].start for i in indexes}
            | {activities[i].end + timedelta(days=1) for i in indexes if activities[i].end}
        )
        for position, day in enumerate(days):
            running = [i for i in indexes if _runs_on(activities[i], day)]
            hours = sum(activities[i].hours_per_week for i in running)
            if len(running) >= 2 and hours > fulltime:
                end = days[position + 1] - timedelta(days=1) if position + 1 < len(days) else None
                found.append(sroi.Overlap(person, day, end, hours, tuple(running)))
    return found


def check_agreement(engine, naive) -> None:
    """Every contract must give the same numbers and state in both implementations."""
    for status, (owed, realized, waiting, expected, state) in zip(engine, naive, strict=True):
        got = (status.obligation, status.realized, status.pending, status.expected, status.state)
        if got != (owed, realized, waiting, expected, state):
            raise SystemExit(f"Verschil tussen engine en baseline: {got} != {owed, realized}")


def compare_double_counting(work, runs: int) -> None:
    """Time the engine's sweep beside the naive scan; both must find the same overlaps."""
    engine_s, overlaps = timed(sroi.double_counted, work, runs)
    naive_s, naive = timed(naive_double_counted, work, runs)
    if overlaps != naive:
        raise SystemExit("Verschil tussen engine en baseline bij dubbeltellingen.")
    people = len({a.person for a in work})
    print(f"\nDouble counting: {len(work):,} activities of {people:,} persons ", end="")
    print(f"(about {len(work) // people} each), {len(overlaps):,} overlaps found by both")
    print(f"{'implementation':<34}{'seconds':>9}{'activities/s':>15}{'speed-up':>10}")
    for name, seconds in (("sroi.double_counted (sweep)", engine_s),
                          ("naive baseline (scan per day)", naive_s)):  # fmt: skip
        rate = len(work) / seconds
        print(f"{name:<34}{seconds:>9.3f}{rate:>15,.0f}{naive_s / seconds:>9.1f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contracts", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    began = time.perf_counter()
    data = generate(args.contracts, args.activities)
    generated = time.perf_counter() - began
    engine_s, engine = timed(run_engine, data, args.runs)
    naive_s, naive = timed(run_naive, data, args.runs)
    check_agreement(engine, naive)

    states: dict[str, int] = {}
    for status in engine:
        states[status.state] = states.get(status.state, 0) + 1
    n = args.activities
    print(f"SROI status: {args.contracts:,} contracts, {n:,} activities, as of {AS_OF}")
    print(f"(data generated and validated in {generated:.2f} s; median of {args.runs} runs)\n")
    print(f"{'implementation':<34}{'seconds':>9}{'activities/s':>15}{'speed-up':>10}")
    for name, seconds in (("sroi.contract_status (engine)", engine_s),
                          ("naive baseline (Fraction, linear)", naive_s)):  # fmt: skip
        print(f"{name:<34}{seconds:>9.3f}{n / seconds:>15,.0f}{naive_s / seconds:>9.1f}x")
    verdict = "OK" if engine_s <= TARGET_SECONDS else "TOO SLOW"
    print(f"\ntarget ≤ {TARGET_SECONDS:.0f} s: {verdict}; results identical on every contract")
    print("states: " + ", ".join(f"{k} {v}" for k, v in sorted(states.items())))

    for per_person in (4, 40):
        compare_double_counting(with_persons(data, per_person), args.runs)
    return 0 if engine_s <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
