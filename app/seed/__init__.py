"""Data generators for demonstrations and benchmarks, used only by the `flask seed-demo` and
`flask seed-scale` commands; nothing in the running portal imports this package.

`demo` builds the deterministic demo region (two Frisian municipalities, their employers,
clients, vacancies and SROI contracts); each subject adds its part in a module of its own
(`demo_<subject>.py`, e.g. `demo_sroi`) called from `demo.seed_demo`, and `demo_words` holds
the word lists both generators draw from. `scale` adds synthetic rows at the SPEC §7 volume for
benchmarks and load tests (the rows themselves come from `scale_rows`).
"""
