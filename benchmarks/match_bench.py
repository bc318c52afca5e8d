"""Matching benchmark (SPEC §6.3 and §7). One command, run from the repository root::

    .venv/bin/python benchmarks/match_bench.py                 # seeds 1 and 2, quality + speed
    .venv/bin/python benchmarks/match_bench.py --seeds 7 --scale   # plus 100k/10k scale run
    .venv/bin/python benchmarks/match_bench.py --json benchmarks/results/match.json

Reads ``data/esco/occupations_nl.csv`` and ``data/geonames/nl_pc4.csv``.
For every seed it generates a labelled case set (``benchmarks/_match_cases.py``: ~2,600
vacancies, 400 clients, decorated/misspelt titles, clients asking under another label, some
vacancies needing more hours than the client can work) and reports, per system:

* nDCG@10 (gain ``2**rel - 1``; rel 2 same occupation, 1 same ISCO unit group, 0 otherwise or
  impossible; ideal ranking over all possible vacancies of the client);
* recall@10 of the possible same-occupation vacancies (denominator ``min(10, count)``);
* hard-constraint violations among the returned matches (independent oracle);
* p50/p95 milliseconds per ``rank_vacancies`` query.

Systems: the matcher with the ESCO taxonomy, the matcher without taxonomy, and two plain
TF-IDF character n-gram baselines (char_wb 3-5 over the raw title, and over title plus
description) that get the oracle's hard-constraint filter for free, so the comparison is
about ranking quality only. It also reports the feedback re-ranker on simulated feedback
(held-out nDCG/AUC, plain vs model, and whether it switched on), incremental-update timings,
and with ``--scale`` a run with 100,000 vacancies and 10,000 clients in a child process
(fit time, rank p95 both directions, peak RSS).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _match_cases import (  # noqa: E402
    ESCO_CSV,
    PC4_CSV,
    CaseSet,
    feasible,
    generate_cases,
    generate_clients,
    generate_vacancies,
    load_occupations,
    load_places,
)

from matching import Matcher, PostcodeIndex, Taxonomy  # noqa: E402
from matching.feedback import simulate_feedback  # noqa: E402

K = 10


@dataclass
class Result:
    """Quality and speed of one system on one case set."""

    system: str
    ndcg: float
    recall: float
    violations: int
    p50_ms: float
    p95_ms: float
    fit_s: float = 0.0

    def row(self) -> str:
        return (
            f"  {self.system:<34} nDCG@10 {self.ndcg:6.4f}  recall@10 {self.recall:6.4f}  "
            f"violations {self.violations:3d}  p50 {self.p50_ms:6.2f} ms  "
            f"p95 {self.p95_ms:6.2f} ms  fit {self.fit_s:5.2f} s"
        )


# --------------------------------------------------------------------------- ground truth


@dataclass
class Truth:
    """Per client: relevance of every vacancy (0 where impossible)."""

    relevance: list[dict[str, int]]
    ideal: list[float]
    same: list[set[str]]


def ground_truth(cases: CaseSet) -> Truth:
    """Relevance per client and vacancy, with the ideal DCG@10 per client."""
    relevance, ideal, same = [], [], []
    by_group: dict[str, list] = {}
    for vacancy in cases.vacancies:
        by_group.setdefault(cases.vacancy_occ[vacancy.id].isco, []).append(vacancy)
    for client in cases.clients:
        rel = {}
        for vacancy in by_group.get(cases.client_occ[client.id].isco, []):
            value = cases.relevance(client, vacancy)
            if value:
                rel[vacancy.id] = value
        gains = sorted((2**r - 1 for r in rel.values()), reverse=True)[:K]
        ideal.append(sum(g / math.log2(i + 2) for i, g in enumerate(gains)))
        relevance.append(rel)
        same.append({v for v, r in rel.items() if r == 2})
    return Truth(relevance, ideal, same)


def evaluate(
    system: str,
    cases: CaseSet,
    truth: Truth,
    rankings: list[list[str]],
    times: list[float],
    fit_s: float = 0.0,
) -> Result:
    """nDCG@10, recall@10 and violations of ``rankings`` (one list of ids per client)."""
    vacancies = {v.id: v for v in cases.vacancies}
    ndcgs, recalls, violations = [], [], 0
    for client, ranked, rel, ideal, same in zip(
        cases.clients, rankings, truth.relevance, truth.ideal, truth.same, strict=True
    ):
        violations += sum(not feasible(client, vacancies[v], cases.places) for v in ranked)
        if ideal <= 0:
            continue
        dcg = sum((2 ** rel.get(v, 0) - 1) / math.log2(i + 2) for i, v in enumerate(ranked[:K]))
        ndcgs.append(dcg / ideal)
        if same:
            recalls.append(len(same & set(ranked[:K])) / min(K, len(same)))
    ms = np.asarray(times) * 1000
    return Result(
        system,
        float(np.mean(ndcgs)),
        float(np.mean(recalls)),
        violations,
        float(np.percentile(ms, 50)),
        float(np.percentile(ms, 95)),
        fit_s,
    )


# --------------------------------------------------------------------------- systems


def run_matcher(name: str, matcher: Matcher, cases: CaseSet, truth: Truth) -> Result:
    """Fit and query the engine."""
    start = time.perf_counter()
    matcher.fit(cases.vacancies)
    fit_s = time.perf_counter() - start
    rankings, times = [], []
    for client in cases.clients:
        start = time.perf_counter()
        matches = matcher.rank_vacancies(client, k=K)
        times.append(time.perf_counter() - start)
        rankings.append([m.vacancy_id for m in matches])
    return evaluate(name, cases, truth, rankings, times, fit_s)


def _oracle_mask(cases: CaseSet, client) -> np.ndarray:
    return np.array([feasible(client, v, cases.places) for v in cases.vacancies])


def run_baseline(name: str, cases: CaseSet, truth: Truth, with_description: bool) -> Result:
    """Plain TF-IDF char n-grams (char_wb 3-5) with the oracle's constraint filter."""

    def doc(v):
        return f"{v.title} {v.description}" if with_description else v.title

    start = time.perf_counter()
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix_t = vectorizer.fit_transform([doc(v) for v in cases.vacancies]).T.tocsr()
    fit_s = time.perf_counter() - start
    ids = np.array([v.id for v in cases.vacancies])
    rankings, times = [], []
    for client in cases.clients:
        mask = _oracle_mask(cases, client)
        start = time.perf_counter()
        query = " ".join([*client.desired_occupations, client.experience])
        scores = (vectorizer.transform([query]) @ matrix_t).toarray()[0]
        scores[~mask] = -1
        top = np.argsort(-scores, kind="stable")[:K]
        times.append(time.perf_counter() - start)
        rankings.append([str(ids[j]) for j in top if scores[j] >= 0])
    return evaluate(name, cases, truth, rankings, times, fit_s)


# --------------------------------------------------------------------------- extras


def rerank_report(cases: CaseSet, tax: Taxonomy, pc: PostcodeIndex, seed: int) -> dict:
    """Train the re-ranker on simulated feedback; report both behaviours."""
    matcher = Matcher(taxonomy=tax, postcodes=pc).fit(cases.vacancies)
    out = {}
    for behaviour in ("distance", "random"):
        feedback = simulate_feedback(matcher, cases.clients, seed=seed, behaviour=behaviour)
        report = matcher.train_reranker(feedback, cases.clients, seed=seed)
        out[behaviour] = {
            "feedback": report.n_feedback,
            "test_clients": report.n_test_clients,
            "ndcg_plain": report.ndcg_plain,
            "ndcg_model": report.ndcg_model,
            "auc_plain": report.auc_plain,
            "auc_model": report.auc_model,
            "enabled": report.enabled,
        }
        matcher.attach_reranker(None)
    return out


def update_timings(cases: CaseSet, tax: Taxonomy, pc: PostcodeIndex) -> dict:
    """add_or_update / remove against a full refit, and a query right after an update."""
    matcher = Matcher(taxonomy=tax, postcodes=pc).fit(cases.vacancies)
    client = cases.clients[0]
    changed = cases.vacancies[:50]
    start = time.perf_counter()
    for vacancy in changed:
        matcher.add_or_update(vacancy)
    add_ms = (time.perf_counter() - start) / len(changed) * 1000
    start = time.perf_counter()
    matcher.rank_vacancies(client)
    query_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    matcher.remove(changed[0].id)
    remove_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    Matcher(taxonomy=tax, postcodes=pc).fit(cases.vacancies)
    refit_s = time.perf_counter() - start
    return {
        "add_or_update_ms": add_ms,
        "first_query_after_updates_ms": query_ms,
        "remove_ms": remove_ms,
        "full_refit_s": refit_s,
    }


def scale_run(n_vacancies: int, n_clients: int, seed: int) -> dict:
    """Fit on ``n_vacancies`` and query both directions (run in a child process)."""
    occupations, places = load_occupations(), load_places()
    tax = Taxonomy.from_esco_csv(ESCO_CSV)
    pc = PostcodeIndex.from_csv(PC4_CSV)
    vacancies = generate_vacancies(occupations, places, n_vacancies, seed)
    clients = generate_clients(occupations, places, n_clients, seed + 1)
    start, cpu = time.perf_counter(), time.process_time()
    matcher = Matcher(taxonomy=tax, postcodes=pc).fit(vacancies)
    fit_s, fit_cpu = time.perf_counter() - start, time.process_time() - cpu
    times, cpu_times = [], []
    for client in clients[:300]:
        start, cpu = time.perf_counter(), time.process_time()
        matcher.rank_vacancies(client, k=K)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu)
    start = time.perf_counter()
    index = matcher.index_clients(clients)
    index_s = time.perf_counter() - start
    client_times = []
    for vacancy in vacancies[:200]:
        start = time.perf_counter()
        matcher.rank_clients(vacancy, index, k=K)
        client_times.append(time.perf_counter() - start)
    start = time.perf_counter()
    matcher.add_or_update(vacancies[0])
    matcher.rank_vacancies(clients[0])
    update_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    matcher.compact()
    compact_s = time.perf_counter() - start
    ms, cms = np.asarray(times) * 1000, np.asarray(client_times) * 1000
    return {
        "vacancies": n_vacancies,
        "clients": n_clients,
        "fit_s": fit_s,
        "fit_cpu_s": fit_cpu,
        "rank_vacancies_p50_ms": float(np.percentile(ms, 50)),
        "rank_vacancies_p95_ms": float(np.percentile(ms, 95)),
        "rank_vacancies_cpu_p95_ms": float(np.percentile(np.asarray(cpu_times) * 1000, 95)),
        "index_clients_s": index_s,
        "rank_clients_p50_ms": float(np.percentile(cms, 50)),
        "rank_clients_p95_ms": float(np.percentile(cms, 95)),
        "update_plus_query_ms": update_ms,
        "compact_s": compact_s,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "load_average": os.getloadavg()[0],
    }


# --------------------------------------------------------------------------- main


def run_seed(
    seed: int,
    args: argparse.Namespace,
    tax: Taxonomy,
    pc: PostcodeIndex,
    occupations: list,
    places: list,
) -> dict:
    """All quality measurements for one seed."""
    cases = generate_cases(occupations, places, seed, args.vacancies, args.clients)
    truth = ground_truth(cases)
    results = [
        run_matcher("matcher + ESCO-taxonomie", Matcher(taxonomy=tax, postcodes=pc), cases, truth),
        run_matcher("matcher zonder taxonomie", Matcher(postcodes=pc), cases, truth),
        run_baseline("baseline TF-IDF char (titel)", cases, truth, with_description=False),
        run_baseline("baseline TF-IDF char (titel+tekst)", cases, truth, with_description=True),
    ]
    print(f"\nseed {seed}: {len(cases.vacancies)} vacatures, {len(cases.clients)} kandidaten")
    for result in results:
        print(result.row())
    best_baseline = max(r.ndcg for r in results[2:])
    print(f"  zonder taxonomie t.o.v. beste baseline: {results[1].ndcg - best_baseline:+.4f}")
    out = {"seed": seed, "results": [r.__dict__ for r in results]}
    if not args.no_extras:
        out["reranker"] = rerank_report(cases, tax, pc, seed)
        for behaviour, rep in out["reranker"].items():
            print(
                f"  herschikker ({behaviour:8}): nDCG plain {rep['ndcg_plain']:.4f} model "
                f"{rep['ndcg_model']:.4f}  AUC plain {rep['auc_plain']:.4f} model "
                f"{rep['auc_model']:.4f}  aan: {rep['enabled']}"
            )
        out["updates"] = update_timings(cases, tax, pc)
        print("  updates: " + ", ".join(f"{k} {v:.2f}" for k, v in out["updates"].items()))
    return out


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="1,2", help="comma-separated case seeds")
    parser.add_argument("--seed", type=int, help="a single seed (overrides --seeds)")
    parser.add_argument("--vacancies", type=int, default=2600)
    parser.add_argument("--clients", type=int, default=400)
    parser.add_argument("--scale", action="store_true", help="also run 100k/10k scale test")
    parser.add_argument("--scale-vacancies", type=int, default=100_000)
    parser.add_argument("--scale-clients", type=int, default=10_000)
    parser.add_argument("--scale-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-extras", action="store_true", help="skip re-ranker and updates")
    parser.add_argument("--json", type=Path, help="write all figures to this JSON file")
    args = parser.parse_args(argv)
    if not ESCO_CSV.exists() or not PC4_CSV.exists():
        print(f"Referentiedata ontbreekt: {ESCO_CSV} / {PC4_CSV}", file=sys.stderr)
        return 2
    if args.scale_only:
        print(json.dumps(scale_run(args.scale_vacancies, args.scale_clients, args.seed or 1)))
        return 0
    seeds = [args.seed] if args.seed is not None else [int(s) for s in args.seeds.split(",")]
    start = time.perf_counter()
    tax = Taxonomy.from_esco_csv(ESCO_CSV)
    pc = PostcodeIndex.from_csv(PC4_CSV)
    print(
        f"taxonomie {len(tax)} beroepen, {len(pc)} postcodes geladen in "
        f"{time.perf_counter() - start:.2f} s"
    )
    occupations, places = load_occupations(), load_places()
    report = {"seeds": [run_seed(s, args, tax, pc, occupations, places) for s in seeds]}
    if args.scale:
        child = subprocess.run(  # noqa: S603 - our own script, fixed arguments
            [
                sys.executable,
                __file__,
                "--scale-only",
                "--seed",
                str(seeds[0]),
                "--scale-vacancies",
                str(args.scale_vacancies),
                "--scale-clients",
                str(args.scale_clients),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        report["scale"] = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            "\nschaal: "
            + ", ".join(
                f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                for k, v in report["scale"].items()
            )
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
