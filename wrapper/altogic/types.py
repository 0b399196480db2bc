# Generated from spec/altogic.yaml by generator/typed_dicts.py (`make generate`).
# Do not edit: change the spec (or the generator) and regenerate.
"""The fixed shapes of Altogic's answers, and of the lookups, sort keys, field updates and
computations a query takes, as `TypedDict`s so that editors and type checkers know their keys.
Values are the JSON the server sends: dates are ISO-8601 strings, ids 24-hex strings. Database
objects, cache values and custom user fields are plain JSON (`dict`, `list`, ...).

Each shape is the schema of the same name in spec/altogic.yaml; the Literal types are the
generated client's (`altogic_api.models`). No `from __future__ import annotations` here:
`NotRequired` must be visible at run time.
"""

from typing import Any, NotRequired, TypedDict

from altogic_api.models import (
    CacheDuration,
    ComputationSort,
    ComputationType,
    FieldUpdateType,
    JobStatus,
    SortDirection,
)

JSONValue = dict[str, Any] | list[Any] | str | int | float | bool | None
"""Any JSON value."""
JSONObject = dict[str, Any]
"""A JSON object, such as a database object."""


class CountInfo(TypedDict):
    """Paging information returned with a list when `returnCountInfo` is true. `totalPages` is
    `ceil(count / pageSize)`, 0 when nothing matches."""

    count: int
    """The number of items that match, over all pages."""
    totalPages: int
    """The number of pages of `pageSize` items."""
    currentPage: int
    """The page returned (1-based)."""
    pageSize: int
    """The page size used."""


class UserAgentDevice(TypedDict):
    """The device part of a parsed User-Agent (`Other` and `"0"` when unknown)."""

    family: str
    major: str
    minor: str
    patch: str


class UserAgentOs(TypedDict):
    """The operating system part of a parsed User-Agent (`Other`, `"0"` when unknown)."""

    family: str
    major: str
    minor: str
    patch: str


class UserAgent(TypedDict):
    """The caller's `User-Agent` header at sign-in, parsed into the browser (or client) family and
    version, the device and the operating system, e.g. `{"family": "Chrome", "major": "99",
    "minor": "0", "patch": "4844", ...}`. Unknown parts are `Other` (family) and `"0"` (version
    numbers)."""

    family: str
    major: str
    minor: str
    patch: str
    device: UserAgentDevice
    os: UserAgentOs


class Session(TypedDict):
    """A signed-in session. Send `token` in the `Session` header (the local backend sends
    `creationDtm` always). A session ends when it is signed out (`signOut`, `signOutAll`,
    `signOutAllExceptCurrent`), when the user's password is reset (all of the user's sessions) or
    changed (all but the calling one), and when it expires.

    Expiry (local backend; Altogic's tokens carried none): a session expires after
    `auth.sessionLifetime` seconds without use (`app.yaml`, default 30 days). The expiry is
    sliding: using the session pushes it back to a full lifetime, recorded at most once an hour
    (or once per tenth of the lifetime, when that is shorter), so a session ends between that
    interval short of a lifetime and a full lifetime after its last use. An expired token answers
    401 `invalid_session_token`."""

    userId: str
    token: str
    """The session token, an unguessable string."""
    creationDtm: NotRequired[str]
    accessGroupKeys: list[str]
    """Access-group keys attached to the session; empty for built-in sign-ins."""
    userAgent: UserAgent


class User(TypedDict):
    """An app user. Besides the fields below it carries any custom fields given at sign-up. The
    password (or its hash) is never returned. The local backend always sends `signUpAt` and
    `lastLoginAt`, `email` or `phone` (or both), and `emailVerified` or `phoneVerified` for the
    fields the user has."""

    _id: str
    provider: str
    """`altogic` for email and phone sign-ups, otherwise the OAuth provider (`google`, `facebook`,
    `twitter`, `apple`, `discord`, `github`)."""
    providerUserId: str
    """The user's id at the provider; equals `_id` for `altogic` users."""
    email: NotRequired[str | None]
    """The user's email address."""
    phone: NotRequired[str | None]
    """The user's phone number (E.164)."""
    name: NotRequired[str | None]
    """The user's name."""
    profilePicture: NotRequired[str | None]
    """The URL of the user's picture (OAuth users)."""
    emailVerified: NotRequired[bool]
    """Whether the email address has been confirmed."""
    phoneVerified: NotRequired[bool]
    """Whether the phone number has been confirmed."""
    signUpAt: NotRequired[str]
    lastLoginAt: NotRequired[str]


class AuthGrant(TypedDict):
    """A user and their new session."""

    user: User
    session: Session


class SignUpResult(TypedDict):
    """A user and, when one was created, their new session; `session` is `null` while a confirmation
    is pending (sign-up) or after a phone change (`verifyPhone`)."""

    user: User
    session: Session | None


class UpdateInfo(TypedDict):
    totalMatch: int
    """The number of objects that matched the query."""
    updated: int
    """The number of matching objects whose content changed."""


class DeleteInfo(TypedDict):
    totalMatch: int
    """The number of objects that matched the query."""
    deleted: int
    """The number of objects deleted."""


class ModelStats(TypedDict):
    name: str
    """The top-level model's name."""
    objectsCount: int
    """The number of top-level objects in the model."""
    size: int
    """Bytes taken by the model's objects, serialised as JSON."""


class DBStats(TypedDict):
    modelsCount: int
    """The number of top-level models."""
    objectsCount: int
    """The number of top-level objects over all models."""
    storageSize: int
    """Bytes taken by all objects, serialised as JSON."""
    models: list[ModelStats]
    """One entry per top-level model, by name."""


class ObjectPage(TypedDict):
    """One page of objects with the count of all matches (`returnCountInfo`)."""

    info: CountInfo
    data: list[JSONObject]


class SimpleLookup(TypedDict):
    """Replaces the value of the reference field `field` by the object it references (a left outer
    join on `_id`). When the referenced object does not exist the field is left out of the
    result. Only fields declared as references in `app.yaml` name their model, so a simple lookup
    on any other field (or in a model that `app.yaml` does not declare) answers 400
    `invalid_join_or_lookup`: declare the field as a reference (`{type: reference, model:
    <model>}`), or use a `ComplexLookup` (`lookup._id == this.<field>`). The model is never
    guessed from the field's name."""

    field: str


class ComplexLookup(TypedDict):
    """Adds the field `name` holding the first object of `modelName` (in creation order) for which
    `query` is true; `query` reads the outer object with `this.<field>` and the candidate with
    `lookup.<field>`. When no object matches, the field is left out of the result. When `name` is
    also a stored field, the looked-up value replaces it in the result."""

    name: str
    """The result field; it cannot be a system field."""
    modelName: str
    query: str


Lookup = SimpleLookup | ComplexLookup
"""A simple or a complex lookup."""


class SortEntry(TypedDict):
    """One sort key. Missing and `null` values sort first in ascending order and last in descending
    order. Values of different types sort as the database orders them: numbers and booleans
    (`false` as 0, `true` as 1) before texts (lists and objects sort by their JSON text). In
    strict mode a `field` that reaches no declared field answers 400 `validation_error` (see
    `modelGet`)."""

    field: str
    direction: SortDirection


class FieldUpdate(TypedDict):
    """One update instruction. `value` is required by `set`, `push`, `pull` and the numeric
    instructions (`increment`, `decrement`, `min`, `max`, `multiply`), which need a number; it is
    ignored by `unset`, `pop` and `shift`.

    On a missing field, `increment`, `decrement` and `multiply` start from 0, `min` and `max`
    store `value`, `push` starts a new list, and `unset`, `pull`, `pop` and `shift` do nothing.
    These answer 400 `invalid_update_instruction`: a numeric instruction on a value that is not a
    number, a list instruction on a value that is not a list, a result that is not a finite
    number, a value that does not fit the declared type of the field, and a path that passes
    through an object list or a value that is not an object. A path through a missing object does
    nothing for `unset`, `pull`, `pop` and `shift` and answers 400 for the others."""

    field: str
    """The field to change, a dot path into object sub-models allowed. System fields cannot be
    changed."""
    updateType: FieldUpdateType
    value: NotRequired[Any]


class GroupComputation(TypedDict):
    """One computation run on every group. `expression` is required except for `count`, which
    ignores it."""

    name: str
    """The key of the computed value in each result; `groupby` is reserved."""
    type: ComputationType
    expression: NotRequired[str]
    sort: NotRequired[ComputationSort]


class BucketStats(TypedDict):
    """The files of one bucket, counted (`bucketGetInfo` with `detailed`)."""

    objectsCount: int
    """The number of files."""
    totalStorageSize: int
    """Their total size in bytes."""
    averageObjectSize: float
    """Their average size in bytes; 0 when there are none."""
    minObjectSize: int
    """The smallest size in bytes; 0 when there are none."""
    maxObjectSize: int
    """The largest size in bytes; 0 when there are none."""


class Bucket(TypedDict):
    """A bucket's metadata."""

    _id: str
    name: str
    """The bucket's name (`root` for the root bucket)."""
    isPublic: bool
    """The default privacy of files added without their own setting."""
    userId: NotRequired[str]
    tags: list[str]
    createdAt: str
    updatedAt: str
    stats: NotRequired[BucketStats]


class FileInfo(TypedDict):
    """A file's metadata."""

    _id: str
    bucketId: str
    fileName: str
    """The file's name, unique within its bucket."""
    size: int
    """The size in bytes."""
    encoding: str
    """The transfer encoding of the upload (`7bit`)."""
    mimeType: str
    """The media type, without parameters (`image/png`)."""
    publicPath: str
    """The public URL, `<env URL>/_storage/<envId>/<bucketId>/<fileId>` (see `publicFile`)."""
    isPublic: bool
    """Whether the public URL serves the file."""
    userId: NotRequired[str]
    tags: list[str]
    uploadedAt: str
    updatedAt: str


class BucketPage(TypedDict):
    """Matching buckets with count information (`returnCountInfo`)."""

    info: CountInfo
    data: list[Bucket]


class FilePage(TypedDict):
    """Matching files with count information (`returnCountInfo`)."""

    info: CountInfo
    data: list[FileInfo]


class StorageStats(TypedDict):
    """Totals over every bucket of the environment."""

    objectsCount: int
    """The number of files."""
    totalStorageSize: int
    """Their total size in bytes."""
    averageObjectSize: float
    """Their average size in bytes; 0 when there are none."""
    minObjectSize: int
    """The smallest size in bytes; 0 when there are none."""
    maxObjectSize: int
    """The largest size in bytes; 0 when there are none."""
    bucketsCount: int
    """The number of buckets, `root` included."""


class MessageInfo(TypedDict):
    messageId: str
    queueId: str
    queueName: str
    submittedAt: str
    delay: NotRequired[int]
    """The delay the message was submitted with, in seconds."""
    startedAt: NotRequired[str | None]
    """When the handler started; `null` until then."""
    completedAt: NotRequired[str | None]
    """When the handler finished; `null` until then."""
    status: JobStatus
    errors: NotRequired[dict[str, Any] | None]
    """The handler's error when `status` is `errors`, else `null`."""


class TaskInfo(TypedDict):
    taskId: str
    scheduledTaskId: str
    scheduledTaskName: str
    triggeredAt: str
    startedAt: NotRequired[str | None]
    """When the run started; `null` until then."""
    completedAt: NotRequired[str | None]
    """When the run finished; `null` until then."""
    status: JobStatus
    errors: NotRequired[dict[str, Any] | None]
    """The handler's error when `status` is `errors`, else `null`."""


class MemberData(TypedDict):
    id: str
    """The member's socket id."""
    data: Any
    """The profile data the member set with `update`, or `null`."""


class CacheEntry(TypedDict):
    key: str
    value: JSONValue


class CacheNumericValue(TypedDict):
    value: float
    """The number now stored under the key."""


class CacheStats(TypedDict):
    totalKeys: int
    """Number of keys that have not expired."""
    totalStorageSize: int
    """Bytes taken by the keys and their serialised values."""
    dailyIngress: int
    """Bytes written today (UTC)."""
    dailyEgress: int
    """Bytes read today (UTC)."""
    monthlyIngress: int
    """Bytes written this month (UTC)."""
    monthlyEgress: int
    """Bytes read this month (UTC)."""


CacheValue = dict[str, Any] | list[Any] | None
"""The stored object or array as stored, a primitive wrapped as `{"value": ...}`, or `null` when the
key does not exist."""


__all__ = [
    "AuthGrant",
    "Bucket",
    "BucketPage",
    "BucketStats",
    "CacheDuration",
    "CacheEntry",
    "CacheNumericValue",
    "CacheStats",
    "CacheValue",
    "ComplexLookup",
    "ComputationSort",
    "ComputationType",
    "CountInfo",
    "DBStats",
    "DeleteInfo",
    "FieldUpdate",
    "FieldUpdateType",
    "FileInfo",
    "FilePage",
    "GroupComputation",
    "JSONObject",
    "JSONValue",
    "JobStatus",
    "Lookup",
    "MemberData",
    "MessageInfo",
    "ModelStats",
    "ObjectPage",
    "Session",
    "SignUpResult",
    "SimpleLookup",
    "SortDirection",
    "SortEntry",
    "StorageStats",
    "TaskInfo",
    "UpdateInfo",
    "User",
    "UserAgent",
    "UserAgentDevice",
    "UserAgentOs",
]
