from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_info_errors_type_0 import TaskInfoErrorsType0


T = TypeVar("T", bound="EmulatorTaskRun")


@_attrs_define
class EmulatorTaskRun:
    """A task run as the emulator lists it.

    Attributes:
        task_id (str): A 24-character hexadecimal id.
        scheduled_task_id (str): A 24-character hexadecimal id.
        scheduled_task_name (str):
        triggered_at (datetime.datetime): An ISO-8601 UTC date-time with milliseconds, e.g. `2022-03-20T14:35:26.814Z`.
        status (JobStatus): The state of a queued message or a task run.
        attempts (int): How many times a worker started it.
        started_at (datetime.datetime | None | Unset): When the run started; `null` until then.
        completed_at (datetime.datetime | None | Unset): When the run finished; `null` until then.
        errors (None | TaskInfoErrorsType0 | Unset): The handler's error when `status` is `errors`, else `null`.
    """

    task_id: str
    scheduled_task_id: str
    scheduled_task_name: str
    triggered_at: datetime.datetime
    status: JobStatus
    attempts: int
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    errors: None | TaskInfoErrorsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_info_errors_type_0 import TaskInfoErrorsType0

        task_id = self.task_id

        scheduled_task_id = self.scheduled_task_id

        scheduled_task_name = self.scheduled_task_name

        triggered_at = self.triggered_at.isoformat()

        status: str = self.status

        attempts = self.attempts

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, TaskInfoErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "scheduledTaskId": scheduled_task_id,
                "scheduledTaskName": scheduled_task_name,
                "triggeredAt": triggered_at,
                "status": status,
                "attempts": attempts,
            }
        )
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_info_errors_type_0 import TaskInfoErrorsType0

        d = dict(src_dict)
        task_id = d.pop("taskId")

        scheduled_task_id = d.pop("scheduledTaskId")

        scheduled_task_name = d.pop("scheduledTaskName")

        triggered_at = datetime.datetime.fromisoformat(d.pop("triggeredAt"))

        status = check_job_status(d.pop("status"))

        attempts = d.pop("attempts")

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_errors(data: object) -> None | TaskInfoErrorsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_0 = TaskInfoErrorsType0.from_dict(data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskInfoErrorsType0 | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        emulator_task_run = cls(
            task_id=task_id,
            scheduled_task_id=scheduled_task_id,
            scheduled_task_name=scheduled_task_name,
            triggered_at=triggered_at,
            status=status,
            attempts=attempts,
            started_at=started_at,
            completed_at=completed_at,
            errors=errors,
        )

        emulator_task_run.additional_properties = d
        return emulator_task_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
