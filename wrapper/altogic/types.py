"""The fixed shapes of Altogic's answers, as `TypedDict`s so that editors and type checkers know
their keys. Values are the JSON the server sends: dates are ISO-8601 strings, ids 24-hex strings.
Database objects, cache values and custom user fields are plain JSON (`dict`, `list`, ...).

Each shape mirrors the schema of the same name in `spec/altogic.yaml` (a test keeps them equal).
(No `from __future__ import annotations` here: `NotRequired` must be visible at run time.)
"""

from typing import Any, Literal, NotRequired, TypedDict

JSONValue = dict[str, Any] | list[Any] | str | int | float | bool | None
"""Any JSON value."""
JSONObject = dict[str, Any]

JobStatus = Literal["pending", "processing", "completed", "errors"]


class CountInfo(TypedDict):
    count: int
    totalPages: int
    currentPage: int
    pageSize: int


# ---------------------------------------------------------------- auth
class UserAgentDevice(TypedDict):
    family: str
    major: str
    minor: str
    patch: str


class UserAgentOs(TypedDict):
    family: str
    major: str
    minor: str
    patch: str


class UserAgent(TypedDict):
    family: str
    major: str
    minor: str
    patch: str
    device: UserAgentDevice
    os: UserAgentOs


class Session(TypedDict):
    userId: str
    token: str
    creationDtm: NotRequired[str]
    accessGroupKeys: list[str]
    userAgent: UserAgent


class User(TypedDict):
    """A user. Apps may add custom fields, which arrive as further keys."""

    _id: str
    provider: str
    providerUserId: str
    email: NotRequired[str]
    phone: NotRequired[str]
    name: NotRequired[str]
    profilePicture: NotRequired[str]
    emailVerified: NotRequired[bool]
    phoneVerified: NotRequired[bool]
    signUpAt: NotRequired[str]
    lastLoginAt: NotRequired[str]


class AuthGrant(TypedDict):
    user: User
    session: Session


class SignUpResult(TypedDict):
    user: User
    session: Session | None


# ---------------------------------------------------------------- database
class UpdateInfo(TypedDict):
    totalMatch: int
    updated: int


class DeleteInfo(TypedDict):
    totalMatch: int
    deleted: int


class ModelStats(TypedDict):
    name: str
    objectsCount: int
    size: int


class DBStats(TypedDict):
    modelsCount: int
    objectsCount: int
    storageSize: int
    models: list[ModelStats]


class ObjectPage(TypedDict):
    """A page of objects with count information (`get(return_count_info=True)`)."""

    info: CountInfo
    data: list[JSONObject]


class SimpleLookup(TypedDict):
    """Replace the reference field `field` by the object it references."""

    field: str


class ComplexLookup(TypedDict):
    """Attach, as `name`, the first object of `modelName` for which `query` holds (`query`
    reads the outer object as `this.<field>` and the candidate as `lookup.<field>`)."""

    name: str
    modelName: str
    query: str


Lookup = SimpleLookup | ComplexLookup

SortDirection = Literal["asc", "desc"]


class SortEntry(TypedDict):
    field: str
    direction: SortDirection


FieldUpdateType = Literal[
    "set",
    "unset",
    "increment",
    "decrement",
    "min",
    "max",
    "multiply",
    "pull",
    "push",
    "pop",
    "shift",
]


class FieldUpdate(TypedDict):
    """One field update instruction for `update_fields`."""

    field: str
    updateType: FieldUpdateType
    value: NotRequired[Any]


ComputationType = Literal["count", "countif", "sum", "avg", "min", "max"]
ComputationSort = Literal["none", "asc", "desc"]


class GroupComputation(TypedDict):
    """One computation of `compute`; `expression` is needed by all types but `count`."""

    name: str
    type: ComputationType
    expression: NotRequired[str]
    sort: NotRequired[ComputationSort]


CacheDuration = Literal[
    "nocache",
    "noexpiry",
    "30sec",
    "1min",
    "2mins",
    "5mins",
    "10mins",
    "15mins",
    "30mins",
    "1hour",
    "6hours",
    "12hours",
    "1day",
    "1week",
    "1month",
    "6months",
    "1year",
]


# ---------------------------------------------------------------- storage
class BucketStats(TypedDict):
    objectsCount: int
    totalStorageSize: int
    averageObjectSize: float
    minObjectSize: int
    maxObjectSize: int


class Bucket(TypedDict):
    _id: str
    name: str
    isPublic: bool
    userId: NotRequired[str]
    tags: list[str]
    createdAt: str
    updatedAt: str
    stats: NotRequired[BucketStats]


class FileInfo(TypedDict):
    _id: str
    bucketId: str
    fileName: str
    size: int
    encoding: str
    mimeType: str
    publicPath: str
    isPublic: bool
    userId: NotRequired[str]
    tags: list[str]
    uploadedAt: str
    updatedAt: str


class StorageStats(TypedDict):
    objectsCount: int
    totalStorageSize: int
    averageObjectSize: float
    minObjectSize: int
    maxObjectSize: int
    bucketsCount: int


# ---------------------------------------------------------------- queue, task, realtime
class MessageInfo(TypedDict):
    messageId: str
    queueId: str
    queueName: str
    submittedAt: str
    delay: NotRequired[int]
    startedAt: NotRequired[str | None]
    completedAt: NotRequired[str | None]
    status: JobStatus
    errors: NotRequired[dict[str, Any] | None]


class TaskInfo(TypedDict):
    taskId: str
    scheduledTaskId: str
    scheduledTaskName: str
    triggeredAt: str
    startedAt: NotRequired[str | None]
    completedAt: NotRequired[str | None]
    status: JobStatus
    errors: NotRequired[dict[str, Any] | None]


class MemberData(TypedDict):
    id: str
    data: Any


# ---------------------------------------------------------------- cache
class CacheEntry(TypedDict):
    key: str
    value: JSONValue


class CacheNumericValue(TypedDict):
    value: int | float


class CacheStats(TypedDict):
    totalKeys: int
    totalStorageSize: int
    dailyIngress: int
    dailyEgress: int
    monthlyIngress: int
    monthlyEgress: int
