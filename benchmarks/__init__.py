"""newslint's benchmarks: ``make bench`` (``python -m benchmarks [NAME...]``).

Speed is measured here, never in unit tests. Each benchmark prints what it
measured and the figures it is compared with, measured in the same run.
"""
