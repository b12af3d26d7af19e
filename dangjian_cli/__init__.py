"""dangjian: quantitative claims from Chinese Party-building work reports.

>>> from dangjian_cli import extract_text
>>> [c.text for c in extract_text("县里先后投入2000余万元,对244个村进行了升级改造")]
['2000余万元', '244个']

Everything the command line does, the library does: see docs/api.md.
"""
from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("dangjian")
except _metadata.PackageNotFoundError:      # run from a source tree that was never installed
    __version__ = "0+unknown"
#: the version of the extraction rules: a store re-extracts a file when it changes
EXTRACTOR_VERSION = "2"

__all__ = ["extract_text", "iter_records", "Claim", "extract", "Options", "Store", "ClaimFilter", "select",
           "summarise", "check_all", "score", "ClaimReader", "Report", "__version__"]

#: where each public name lives; heavy modules are imported on first use, so
#: `dangjian --version` stays fast
_HOMES = {"extract_text": "pipeline", "iter_records": "pipeline", "iter_claims": "pipeline", "Claim": "models",
          "extract": "extraction", "Options": "extraction", "Store": "store", "ClaimFilter": "query",
          "select": "query", "summarise": "query", "check_all": "check", "score": "evaluate",
          "ClaimReader": "claimsio", "Report": "report"}


def __getattr__(name):
    if name in _HOMES:
        from importlib import import_module
        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(name)
