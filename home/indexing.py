"""Bulk writes update the signal-kept indexes once per object, at the end.

Three indexes follow every save through signals: Wagtail's search backend (modelsearch), its
reference index, and the public search (`home.search_sources`). Building the demo site saves
each page four to six times (created, revised, published, translated, published again), and
each save rewrote all three: about a third of `seed_demo`'s time. Inside `deferred_indexing()`
the saves are only noted; when the block ends, each noted object is indexed once, from its
row as it is then. Deletions are not deferred (they are few, and a deleted row cannot be read
back at the end).
"""

import contextlib
import threading
from collections.abc import Callable, Iterator

from django.db.models.signals import post_save
from modelsearch import index as search_backend_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

_state = threading.local()


def indexing_deferred() -> bool:
    return getattr(_state, "saved", None) is not None


def note_for_reindex(rewrite: Callable[[str, object], None], kind: str, obj) -> bool:
    """Inside `deferred_indexing()`, note that `rewrite(kind, obj)` must run at the end (once,
    on the object as it is then), and say so: the caller then skips its own write."""
    if not indexing_deferred():
        return False
    _state.reindex[(kind, type(obj), obj.pk)] = rewrite
    return True


def _note_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw and instance.pk is not None:
        _state.saved[(sender, instance.pk)] = None


@contextlib.contextmanager
def deferred_indexing() -> Iterator[None]:
    if indexing_deferred():  # nested: the outer block indexes everything
        yield
        return
    searched = [
        model
        for model in search_backend_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    _state.saved, _state.reindex = {}, {}
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(_note_saved, dispatch_uid="deferred_indexing_note", weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="deferred_indexing_note")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
        saved, reindex = _state.saved, _state.reindex
        _state.saved = _state.reindex = None
    _index(saved, set(searched), reindex)


def _index(saved: dict, searched: set[type], reindex: dict) -> None:
    for model, pk in saved:
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            continue
        if model in searched:
            search_backend_index.insert_or_update_object(instance)
        if model in ReferenceIndex.tracked_models:
            update_reference_index_task.call(model._meta.app_label, model._meta.model_name, pk)
    for (kind, model, pk), rewrite in reindex.items():
        instance = model._default_manager.filter(pk=pk).first()
        if instance is not None:
            rewrite(kind, instance)
