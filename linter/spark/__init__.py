"""``newslint spark``: whole archives and whole crawls, linted on Apache Spark.

Run as ``newslint spark INPUT... --output DIR``, ``python -m linter.spark INPUT... --output DIR``
(the same arguments), or on a cluster with ``spark-submit`` and the script
``linter/spark/submit.py``. With no cluster it runs on this machine (``local[*]``). INPUTs are WARC
files, folders of them or of HTML pages, and lists of those (see :mod:`linter.spark.inputs`).

Each page is linted with the function ``newslint check FILE.warc.gz`` lints it with
(:func:`linter.sources.warc_check.page_report`), so a page gives the same findings under Spark as
under ``check``. Under ``DIR``, written by Spark (Parquet, replaced whole on each run):

- ``findings/``: one row per finding (url, host, rule, severity, authority, message, line, column,
  json_path, warc_file, warc_offset, fetch_time), partitioned by ``rule``;
- ``pages/``: one row per page (url, host, status, types, has_news_article, date_published,
  date_modified, author_count, errors, warnings, warc_file, warc_offset, fetch_time);
- ``summary/``: findings and pages by rule and host;

and, written by the driver from the summary, ``summary.csv`` and ``report.html`` (self-contained).

Files behind URIs (``s3a://``, ``gs://``, ``hdfs://``) are read by ``SparkContext.binaryFiles``,
which holds each file whole in a task's memory: a Common Crawl WARC file (about 1 GB) needs an
executor with that much room to spare per task. Local files are streamed.

PySpark (the ``spark`` extra) is imported by :mod:`linter.spark.job` only: ``import linter`` and
``newslint check`` never load it.
"""

from __future__ import annotations
