"""dangjian: quantitative claims from Chinese Party-building work reports.

>>> from dangjian_cli import extract_text
>>> [c.text for c in extract_text("县里先后投入2000余万元,对244个村进行了升级改造")]
['2000余万元', '244个']
"""
__version__ = "0.1.0"
EXTRACTOR_VERSION = "1"

__all__ = ["extract_text", "iter_claims", "Claim", "__version__"]


def __getattr__(name):
    # heavy modules are imported on first use, so `dangjian --version` stays fast
    if name in ("extract_text", "iter_claims"):
        from . import pipeline
        return getattr(pipeline, name)
    if name == "Claim":
        from .models import Claim
        return Claim
    raise AttributeError(name)
