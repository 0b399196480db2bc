"""Contains all the data models used in inputs/outputs"""

from .cache_decrement_request import CacheDecrementRequest
from .cache_delete_request import CacheDeleteRequest
from .cache_entry import CacheEntry
from .cache_expire_request import CacheExpireRequest
from .cache_get_response_type_0 import CacheGetResponseType0
from .cache_increment_request import CacheIncrementRequest
from .cache_key_page import CacheKeyPage
from .cache_list_keys_request import CacheListKeysRequest
from .cache_numeric_value import CacheNumericValue
from .cache_set_request import CacheSetRequest
from .cache_stats import CacheStats
from .count_info import CountInfo
from .error_body import ErrorBody
from .error_entry import ErrorEntry
from .error_entry_details import ErrorEntryDetails
from .error_entry_origin import ErrorEntryOrigin
from .get_members_request import GetMembersRequest
from .job_status import JobStatus
from .member_data import MemberData
from .message_info import MessageInfo
from .message_info_errors_type_0 import MessageInfoErrorsType0
from .run_once_request import RunOnceRequest
from .submit_message_request import SubmitMessageRequest
from .submit_message_request_message import SubmitMessageRequestMessage
from .task_info import TaskInfo
from .task_info_errors_type_0 import TaskInfoErrorsType0

__all__ = (
    "CacheDecrementRequest",
    "CacheDeleteRequest",
    "CacheEntry",
    "CacheExpireRequest",
    "CacheGetResponseType0",
    "CacheIncrementRequest",
    "CacheKeyPage",
    "CacheListKeysRequest",
    "CacheNumericValue",
    "CacheSetRequest",
    "CacheStats",
    "CountInfo",
    "ErrorBody",
    "ErrorEntry",
    "ErrorEntryDetails",
    "ErrorEntryOrigin",
    "GetMembersRequest",
    "JobStatus",
    "MemberData",
    "MessageInfo",
    "MessageInfoErrorsType0",
    "RunOnceRequest",
    "SubmitMessageRequest",
    "SubmitMessageRequestMessage",
    "TaskInfo",
    "TaskInfoErrorsType0",
)
