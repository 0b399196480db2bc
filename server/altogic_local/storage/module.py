"""The storage module: metadata on the backend's SQL engine, contents in its blob store."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import anyio.to_thread
from starlette.concurrency import run_in_threadpool

from ..backend import Backend
from ..module import Module
from ..spec import operation_specs
from .operations import operations
from .service import StorageService, new_blob_id
from .uploads import Body, FileTooLarge, Spool, read_multipart, read_raw, too_large

UPLOADS = ("bucketUploadFormData", "bucketUploadObject", "fileReplaceFormData", "fileReplaceObject")
FORM_OVERHEAD = 1024 * 1024
"""What a multipart body may carry beyond the file (boundaries, part headers)."""


class StorageModule(Module):
    name = "storage"
    operations = operations

    def __init__(self, backend: Backend) -> None:
        super().__init__(backend)
        self.settings = backend.config.storage
        self.service = StorageService(
            backend.sql,
            backend.blobs,
            backend.clock,
            backend.config.env_id,
            self.settings.buckets,
        )

    def body_limits(self) -> Mapping[str, int]:
        specs = operation_specs()
        limit = max(
            self.settings.max_file_size + FORM_OVERHEAD, self.backend.config.max_request_size
        )
        return {specs[operation_id].path: limit for operation_id in UPLOADS}

    async def receive(self, body: Body, *, raw: bool) -> tuple[str, int, str | None]:
        """Stream an upload's file into a new blob: its id, size and the media type the body
        gave (None: none). Nothing is kept when this fails."""
        limit = self.settings.max_file_size
        writer = await anyio.to_thread.run_sync(self.backend.blobs.writer)
        spool = Spool(writer, limit)
        try:
            if raw:
                received = await read_raw(body, spool, self.backend.config.max_request_size)
            else:
                received = await read_multipart(body, spool)
            blob_id = new_blob_id()
            await anyio.to_thread.run_sync(writer.commit, blob_id)
        except FileTooLarge:
            writer.abort()
            raise too_large(limit) from None
        except BaseException:
            writer.abort()
            raise
        return blob_id, spool.size, received

    async def start(self) -> None:
        await run_in_threadpool(self.service.open)

    async def reset(self) -> None:
        await run_in_threadpool(self.service.reset)

    async def export_to(self, folder: Path) -> None:
        await run_in_threadpool(self.service.export_to, folder)

    async def import_from(self, folder: Path) -> None:
        await run_in_threadpool(self.service.import_from, folder)
