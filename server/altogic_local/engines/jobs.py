"""The job queue interface, and its implementation on the SQL engine.

Queue messages and task runs are jobs: rows of one table, modelled on procrastinate's `jobs`
table. A job is `pending` until it is due (`run_at`) and a worker claims it, `processing` while
its handler runs, then `completed` or `errors`. Claiming is one write transaction that picks the
oldest due pending job of a queue and marks it `processing` (the embedded engine's writes run one
at a time; PostgreSQL would use `FOR UPDATE SKIP LOCKED`, Redis a list per queue), so a job is
claimed once however many workers ask. A job that was `processing` when the backend stopped is
put back to `pending` at the next start (`recover`): delivery is at least once.

Functions code reaches jobs only through `JobQueue`; a later engine (PostgreSQL, Redis) for
several backend processes implements the same protocol.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Row

from .sql import SqlEngine

__all__ = [
    "Add",
    "Claim",
    "Finish",
    "Job",
    "JobKind",
    "JobQueue",
    "JobStatus",
    "SqlJobQueue",
    "Write",
]

JobKind = Literal["queue", "task"]
JobStatus = Literal["pending", "processing", "completed", "errors"]
FINISHED: tuple[JobStatus, ...] = ("completed", "errors")


@dataclass(frozen=True)
class Job:
    id: str
    kind: JobKind
    name: str
    """The queue's or the task's name."""
    payload: Any
    """A queue message (a JSON object); None for a task run."""
    status: JobStatus
    submitted_at: float
    run_at: float
    """When it may start (`submitted_at` plus the delay)."""
    delay: int | None
    started_at: float | None
    completed_at: float | None
    errors: dict[str, Any] | None
    attempts: int
    """How many times a worker claimed it (more than once after a restart cut a run)."""

    def to_record(self) -> dict[str, Any]:
        """The job as JSON (exports)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "payload": self.payload,
            "status": self.status,
            "submittedAt": self.submitted_at,
            "runAt": self.run_at,
            "delay": self.delay,
            "startedAt": self.started_at,
            "completedAt": self.completed_at,
            "errors": self.errors,
            "attempts": self.attempts,
        }

    @staticmethod
    def from_record(record: dict[str, Any]) -> Job:
        """The job of `to_record`'s JSON (raises KeyError/TypeError/ValueError when malformed)."""
        kind = record["kind"]
        status = record["status"]
        if kind not in ("queue", "task") or status not in (
            "pending",
            "processing",
            "completed",
            "errors",
        ):
            raise ValueError(f"a job of kind {kind!r} and status {status!r}")
        return Job(
            id=str(record["id"]),
            kind=kind,
            name=str(record["name"]),
            payload=record.get("payload"),
            status=status,
            submitted_at=float(record["submittedAt"]),
            run_at=float(record["runAt"]),
            delay=None if record.get("delay") is None else int(record["delay"]),
            started_at=None if record.get("startedAt") is None else float(record["startedAt"]),
            completed_at=(
                None if record.get("completedAt") is None else float(record["completedAt"])
            ),
            errors=record.get("errors"),
            attempts=int(record.get("attempts", 0)),
        )


@dataclass(frozen=True)
class Add:
    """Store a new job (normally `pending`). Answers None."""

    job: Job


@dataclass(frozen=True)
class Claim:
    """Mark the oldest pending jobs of `kind`/`name` due at `now` (`run_at <= now`), at most
    `limit`, `processing`, started at `now`. Answers them, and when the earliest of the jobs
    still pending is due (None when none is)."""

    kind: JobKind
    name: str
    now: float
    limit: int = 1


@dataclass(frozen=True)
class Finish:
    """Mark a processing job `completed` (no errors) or `errors`. Answers False when it is gone
    (or no longer processing)."""

    job_id: str
    completed_at: float
    errors: dict[str, Any] | None


Write = Add | Claim | Finish


class JobQueue(Protocol):
    """Where queue messages and task runs wait and are remembered. Calls block (run them in a
    worker thread)."""

    def apply(self, writes: Sequence[Write]) -> list[Any]:
        """Apply `writes` in order, all in one transaction (group commit: many submits, claims
        and finishes cost one commit); answers each one's answer, in order."""
        ...

    def get(self, job_id: str) -> Job | None: ...

    def list_jobs(
        self, kind: JobKind, name: str, status: JobStatus | None = None, limit: int = 100
    ) -> list[Job]:
        """The jobs of `kind`/`name`, oldest first (at most `limit`, the latest ones)."""
        ...

    def recover(self) -> int:
        """Put the jobs left `processing` (the backend stopped during their run) back to
        `pending`; answers how many."""
        ...

    def purge(self, finished_before: float) -> int:
        """Forget the jobs that finished before `finished_before`; answers how many."""
        ...

    def clear(self) -> None:
        """Forget every job."""
        ...

    def all(self) -> list[Job]:
        """Every job, oldest first (exports)."""
        ...

    def create(self) -> None:
        """Create what the queue needs to exist (tables)."""
        ...


class SqlJobQueue:
    """Jobs in a table of the SQL engine (`functions_jobs`)."""

    def __init__(self, sql: SqlEngine, metadata: MetaData | None = None) -> None:
        self.sql = sql
        self.table = Table(
            "functions_jobs",
            metadata if metadata is not None else sql.metadata,
            Column("seq", Integer, primary_key=True, autoincrement=True),
            Column("_id", String(24), nullable=False, unique=True),
            Column("kind", String(8), nullable=False),
            Column("name", Text, nullable=False),
            Column("status", String(16), nullable=False),
            Column("payload", Text, nullable=True),
            Column("submitted_at", Float, nullable=False),
            Column("run_at", Float, nullable=False),
            Column("delay", Integer, nullable=True),
            Column("started_at", Float, nullable=True),
            Column("completed_at", Float, nullable=True),
            Column("errors", Text, nullable=True),
            Column("attempts", Integer, nullable=False, default=0),
            Index("functions_jobs_due", "kind", "name", "status", "run_at", "seq"),
            Index("functions_jobs_finished", "completed_at"),
            sqlite_autoincrement=True,
        )

    def create(self) -> None:
        self.sql.create_tables([self.table])

    def _row(self, job: Job) -> dict[str, Any]:
        return {
            "_id": job.id,
            "kind": job.kind,
            "name": job.name,
            "status": job.status,
            "payload": None if job.payload is None else json.dumps(job.payload),
            "submitted_at": job.submitted_at,
            "run_at": job.run_at,
            "delay": job.delay,
            "started_at": job.started_at,
            "completed_at": job.completed_at,
            "errors": None if job.errors is None else json.dumps(job.errors),
            "attempts": job.attempts,
        }

    @staticmethod
    def _job(row: Row[Any]) -> Job:
        return Job(
            id=row._id,
            kind=row.kind,
            name=row.name,
            payload=None if row.payload is None else json.loads(row.payload),
            status=row.status,
            submitted_at=row.submitted_at,
            run_at=row.run_at,
            delay=row.delay,
            started_at=row.started_at,
            completed_at=row.completed_at,
            errors=None if row.errors is None else json.loads(row.errors),
            attempts=row.attempts,
        )

    def apply(self, writes: Sequence[Write]) -> list[Any]:
        answers: list[Any] = []
        with self.sql.transaction() as connection:
            for write in writes:
                if isinstance(write, Add):
                    connection.execute(insert(self.table).values(self._row(write.job)))
                    answers.append(None)
                elif isinstance(write, Claim):
                    answers.append(self._claim(connection, write))
                else:
                    answers.append(self._finish(connection, write))
        return answers

    def _claim(self, connection: Connection, claim: Claim) -> tuple[list[Job], float | None]:
        t = self.table
        pending = and_(t.c.kind == claim.kind, t.c.name == claim.name, t.c.status == "pending")
        rows = connection.execute(
            select(t)
            .where(pending, t.c.run_at <= claim.now)
            .order_by(t.c.run_at, t.c.seq)
            .limit(claim.limit)
        ).all()
        if rows:
            connection.execute(
                update(t)
                .where(t.c.seq.in_([row.seq for row in rows]))
                .values(status="processing", started_at=claim.now, attempts=t.c.attempts + 1)
            )
        due = connection.execute(select(func.min(t.c.run_at)).where(pending)).scalar()
        claimed = [
            replace(job, status="processing", started_at=claim.now, attempts=job.attempts + 1)
            for job in map(self._job, rows)
        ]
        return claimed, None if due is None else float(due)

    def _finish(self, connection: Connection, finish: Finish) -> bool:
        t = self.table
        done = connection.execute(
            update(t)
            .where(t.c._id == finish.job_id, t.c.status == "processing")
            .values(
                status="completed" if finish.errors is None else "errors",
                completed_at=finish.completed_at,
                errors=None if finish.errors is None else json.dumps(finish.errors),
            )
        )
        return done.rowcount > 0

    def get(self, job_id: str) -> Job | None:
        with self.sql.read() as connection:
            row = connection.execute(select(self.table).where(self.table.c._id == job_id)).first()
        return None if row is None else self._job(row)

    def list_jobs(
        self, kind: JobKind, name: str, status: JobStatus | None = None, limit: int = 100
    ) -> list[Job]:
        t = self.table
        query = select(t).where(t.c.kind == kind, t.c.name == name)
        if status is not None:
            query = query.where(t.c.status == status)
        query = query.order_by(t.c.seq.desc()).limit(limit)
        with self.sql.read() as connection:
            rows = connection.execute(query).all()
        return [self._job(row) for row in reversed(rows)]

    def recover(self) -> int:
        t = self.table
        with self.sql.transaction() as connection:
            done = connection.execute(
                update(t).where(t.c.status == "processing").values(status="pending")
            )
        return int(done.rowcount)

    def purge(self, finished_before: float) -> int:
        t = self.table
        with self.sql.transaction() as connection:
            done = connection.execute(
                delete(t).where(and_(t.c.status.in_(FINISHED), t.c.completed_at < finished_before))
            )
        return int(done.rowcount)

    def clear(self) -> None:
        with self.sql.transaction() as connection:
            connection.execute(delete(self.table))

    def all(self) -> list[Job]:
        with self.sql.read() as connection:
            rows = connection.execute(select(self.table).order_by(self.table.c.seq)).all()
        return [self._job(row) for row in rows]
