"""Deprecated: the crawl is :mod:`linter.sources.crawl` now; this name goes away in a later release.

``newslint crawl``'s library moved into :mod:`linter.sources`, the one home for where pages come
from (HTTP, sitemaps, robots.txt, WARC archives). Importing this module warns once
(:class:`DeprecationWarning`) and gives the same objects under their old names::

    from linter.sources.crawl import CrawlOptions, crawl   # instead of: from linter.crawl import ...
"""

from __future__ import annotations

import warnings

# Its public names are the new module's own (its __all__), so the two cannot drift apart.
from linter.sources.crawl import *  # noqa: F403
from linter.sources.crawl import __all__ as __all__

# stacklevel=2: the line that imported this module (the warnings module skips importlib's frames).
warnings.warn("linter.crawl is deprecated and goes away in a later release: import from linter.sources.crawl",
              DeprecationWarning, stacklevel=2)
