"""The async clients and managers: the hand-written source of the sync ones.

`generator/unasync.py` (run by `make generate`) writes each module here again, with its async
tokens replaced, as `altogic/_sync/<module>.py`; `make check-generated` fails when those files
differ from a fresh run. So the sync and async clients cannot drift: change the code here, then
run `make generate`. Docstrings here are the ones both clients show, so they name no client.

Planning (`plan_*` functions in `altogic/<module>.py`) and the decisions of the transport
(`altogic/_transport.py`) are shared, not twinned.
"""
