"""Contains all the data models used in inputs/outputs"""

from .append_options import AppendOptions
from .auth_grant import AuthGrant
from .bucket import Bucket
from .bucket_add_tags_request import BucketAddTagsRequest
from .bucket_delete_files_request import BucketDeleteFilesRequest
from .bucket_delete_request import BucketDeleteRequest
from .bucket_empty_request import BucketEmptyRequest
from .bucket_exists_request import BucketExistsRequest
from .bucket_get_info_request import BucketGetInfoRequest
from .bucket_list_files_request import BucketListFilesRequest
from .bucket_list_options import BucketListOptions
from .bucket_make_private_request import BucketMakePrivateRequest
from .bucket_make_public_request import BucketMakePublicRequest
from .bucket_page import BucketPage
from .bucket_remove_tags_request import BucketRemoveTagsRequest
from .bucket_rename_request import BucketRenameRequest
from .bucket_sort_entry import BucketSortEntry
from .bucket_sort_entry_direction import BucketSortEntryDirection
from .bucket_sort_entry_field import BucketSortEntryField
from .bucket_stats import BucketStats
from .bucket_update_info_request import BucketUpdateInfoRequest
from .bucket_upload_form_data_request import BucketUploadFormDataRequest
from .cache_decrement_request import CacheDecrementRequest
from .cache_delete_request import CacheDeleteRequest
from .cache_duration import CacheDuration
from .cache_entry import CacheEntry
from .cache_expire_request import CacheExpireRequest
from .cache_get_response_type_0 import CacheGetResponseType0
from .cache_increment_request import CacheIncrementRequest
from .cache_key_page import CacheKeyPage
from .cache_list_keys_request import CacheListKeysRequest
from .cache_numeric_value import CacheNumericValue
from .cache_set_request import CacheSetRequest
from .cache_stats import CacheStats
from .change_email_request import ChangeEmailRequest
from .change_password_request import ChangePasswordRequest
from .change_phone_request import ChangePhoneRequest
from .complex_lookup import ComplexLookup
from .computation_sort import ComputationSort
from .computation_type import ComputationType
from .compute_result import ComputeResult
from .compute_result_groupby import ComputeResultGroupby
from .count_info import CountInfo
from .create_bucket_request import CreateBucketRequest
from .create_options import CreateOptions
from .db_action import DBAction
from .db_object import DBObject
from .db_stats import DBStats
from .db_values import DBValues
from .delete_file_request import DeleteFileRequest
from .delete_info import DeleteInfo
from .delete_options import DeleteOptions
from .email_link_action import EmailLinkAction
from .emulator_export_result import EmulatorExportResult
from .emulator_folder import EmulatorFolder
from .emulator_get_spec_json_response_200 import EmulatorGetSpecJsonResponse200
from .emulator_get_spec_response_200 import EmulatorGetSpecResponse200
from .emulator_queue_message import EmulatorQueueMessage
from .emulator_queue_message_message import EmulatorQueueMessageMessage
from .emulator_reset_request import EmulatorResetRequest
from .emulator_reset_result import EmulatorResetResult
from .emulator_task_run import EmulatorTaskRun
from .error_body import ErrorBody
from .error_code import ErrorCode
from .error_entry import ErrorEntry
from .error_entry_details import ErrorEntryDetails
from .error_entry_origin import ErrorEntryOrigin
from .field_update import FieldUpdate
from .field_update_type import FieldUpdateType
from .file_add_tags_request import FileAddTagsRequest
from .file_copy_to_request import FileCopyToRequest
from .file_delete_request import FileDeleteRequest
from .file_download_request import FileDownloadRequest
from .file_duplicate_request import FileDuplicateRequest
from .file_exists_request import FileExistsRequest
from .file_get_info_request import FileGetInfoRequest
from .file_info import FileInfo
from .file_list_options import FileListOptions
from .file_make_private_request import FileMakePrivateRequest
from .file_make_public_request import FileMakePublicRequest
from .file_move_to_request import FileMoveToRequest
from .file_page import FilePage
from .file_remove_tags_request import FileRemoveTagsRequest
from .file_rename_request import FileRenameRequest
from .file_replace_form_data_request import FileReplaceFormDataRequest
from .file_replace_options import FileReplaceOptions
from .file_sort_entry import FileSortEntry
from .file_sort_entry_direction import FileSortEntryDirection
from .file_sort_entry_field import FileSortEntryField
from .file_update_info_request import FileUpdateInfoRequest
from .file_upload_options import FileUploadOptions
from .get_members_request import GetMembersRequest
from .get_options import GetOptions
from .group_computation import GroupComputation
from .job_status import JobStatus
from .json_buffer import JsonBuffer
from .json_byte_index import JsonByteIndex
from .list_buckets_request import ListBucketsRequest
from .member_data import MemberData
from .message_info import MessageInfo
from .message_info_errors_type_0 import MessageInfoErrorsType0
from .model_append_request import ModelAppendRequest
from .model_compute_request import ModelComputeRequest
from .model_create_request import ModelCreateRequest
from .model_delete_request import ModelDeleteRequest
from .model_get_random_request import ModelGetRandomRequest
from .model_get_request import ModelGetRequest
from .model_get_single_request import ModelGetSingleRequest
from .model_search_fuzzy_request import ModelSearchFuzzyRequest
from .model_search_text_request import ModelSearchTextRequest
from .model_set_request import ModelSetRequest
from .model_stats import ModelStats
from .model_update_fields_request import ModelUpdateFieldsRequest
from .model_update_request import ModelUpdateRequest
from .o_auth_provider import OAuthProvider
from .oauth_submit_request import OauthSubmitRequest
from .object_append_request import ObjectAppendRequest
from .object_create_request import ObjectCreateRequest
from .object_delete_request import ObjectDeleteRequest
from .object_get_request import ObjectGetRequest
from .object_page import ObjectPage
from .object_set_request import ObjectSetRequest
from .object_update_fields_request import ObjectUpdateFieldsRequest
from .object_update_request import ObjectUpdateRequest
from .outbox_action import OutboxAction
from .outbox_kind import OutboxKind
from .outbox_message import OutboxMessage
from .reset_pwd_with_code_request import ResetPwdWithCodeRequest
from .reset_pwd_with_token_request import ResetPwdWithTokenRequest
from .run_once_request import RunOnceRequest
from .search_files_request import SearchFilesRequest
from .session import Session
from .set_options import SetOptions
from .sign_in_with_email_request import SignInWithEmailRequest
from .sign_in_with_phone_request import SignInWithPhoneRequest
from .sign_out_request import SignOutRequest
from .sign_up_result import SignUpResult
from .sign_up_user_data import SignUpUserData
from .sign_up_with_email_request import SignUpWithEmailRequest
from .sign_up_with_phone_request import SignUpWithPhoneRequest
from .simple_lookup import SimpleLookup
from .sort_direction import SortDirection
from .sort_entry import SortEntry
from .stateful_module import StatefulModule
from .storage_stats import StorageStats
from .submit_message_request import SubmitMessageRequest
from .submit_message_request_message import SubmitMessageRequestMessage
from .task_info import TaskInfo
from .task_info_errors_type_0 import TaskInfoErrorsType0
from .update_info import UpdateInfo
from .update_options import UpdateOptions
from .user import User
from .user_agent import UserAgent
from .user_agent_device import UserAgentDevice
from .user_agent_os import UserAgentOs

__all__ = (
    "AppendOptions",
    "AuthGrant",
    "Bucket",
    "BucketAddTagsRequest",
    "BucketDeleteFilesRequest",
    "BucketDeleteRequest",
    "BucketEmptyRequest",
    "BucketExistsRequest",
    "BucketGetInfoRequest",
    "BucketListFilesRequest",
    "BucketListOptions",
    "BucketMakePrivateRequest",
    "BucketMakePublicRequest",
    "BucketPage",
    "BucketRemoveTagsRequest",
    "BucketRenameRequest",
    "BucketSortEntry",
    "BucketSortEntryDirection",
    "BucketSortEntryField",
    "BucketStats",
    "BucketUpdateInfoRequest",
    "BucketUploadFormDataRequest",
    "CacheDecrementRequest",
    "CacheDeleteRequest",
    "CacheDuration",
    "CacheEntry",
    "CacheExpireRequest",
    "CacheGetResponseType0",
    "CacheIncrementRequest",
    "CacheKeyPage",
    "CacheListKeysRequest",
    "CacheNumericValue",
    "CacheSetRequest",
    "CacheStats",
    "ChangeEmailRequest",
    "ChangePasswordRequest",
    "ChangePhoneRequest",
    "ComplexLookup",
    "ComputationSort",
    "ComputationType",
    "ComputeResult",
    "ComputeResultGroupby",
    "CountInfo",
    "CreateBucketRequest",
    "CreateOptions",
    "DBAction",
    "DBObject",
    "DBStats",
    "DBValues",
    "DeleteFileRequest",
    "DeleteInfo",
    "DeleteOptions",
    "EmailLinkAction",
    "EmulatorExportResult",
    "EmulatorFolder",
    "EmulatorGetSpecJsonResponse200",
    "EmulatorGetSpecResponse200",
    "EmulatorQueueMessage",
    "EmulatorQueueMessageMessage",
    "EmulatorResetRequest",
    "EmulatorResetResult",
    "EmulatorTaskRun",
    "ErrorBody",
    "ErrorCode",
    "ErrorEntry",
    "ErrorEntryDetails",
    "ErrorEntryOrigin",
    "FieldUpdate",
    "FieldUpdateType",
    "FileAddTagsRequest",
    "FileCopyToRequest",
    "FileDeleteRequest",
    "FileDownloadRequest",
    "FileDuplicateRequest",
    "FileExistsRequest",
    "FileGetInfoRequest",
    "FileInfo",
    "FileListOptions",
    "FileMakePrivateRequest",
    "FileMakePublicRequest",
    "FileMoveToRequest",
    "FilePage",
    "FileRemoveTagsRequest",
    "FileRenameRequest",
    "FileReplaceFormDataRequest",
    "FileReplaceOptions",
    "FileSortEntry",
    "FileSortEntryDirection",
    "FileSortEntryField",
    "FileUpdateInfoRequest",
    "FileUploadOptions",
    "GetMembersRequest",
    "GetOptions",
    "GroupComputation",
    "JobStatus",
    "JsonBuffer",
    "JsonByteIndex",
    "ListBucketsRequest",
    "MemberData",
    "MessageInfo",
    "MessageInfoErrorsType0",
    "ModelAppendRequest",
    "ModelComputeRequest",
    "ModelCreateRequest",
    "ModelDeleteRequest",
    "ModelGetRandomRequest",
    "ModelGetRequest",
    "ModelGetSingleRequest",
    "ModelSearchFuzzyRequest",
    "ModelSearchTextRequest",
    "ModelSetRequest",
    "ModelStats",
    "ModelUpdateFieldsRequest",
    "ModelUpdateRequest",
    "OAuthProvider",
    "OauthSubmitRequest",
    "ObjectAppendRequest",
    "ObjectCreateRequest",
    "ObjectDeleteRequest",
    "ObjectGetRequest",
    "ObjectPage",
    "ObjectSetRequest",
    "ObjectUpdateFieldsRequest",
    "ObjectUpdateRequest",
    "OutboxAction",
    "OutboxKind",
    "OutboxMessage",
    "ResetPwdWithCodeRequest",
    "ResetPwdWithTokenRequest",
    "RunOnceRequest",
    "SearchFilesRequest",
    "Session",
    "SetOptions",
    "SignInWithEmailRequest",
    "SignInWithPhoneRequest",
    "SignOutRequest",
    "SignUpResult",
    "SignUpUserData",
    "SignUpWithEmailRequest",
    "SignUpWithPhoneRequest",
    "SimpleLookup",
    "SortDirection",
    "SortEntry",
    "StatefulModule",
    "StorageStats",
    "SubmitMessageRequest",
    "SubmitMessageRequestMessage",
    "TaskInfo",
    "TaskInfoErrorsType0",
    "UpdateInfo",
    "UpdateOptions",
    "User",
    "UserAgent",
    "UserAgentDevice",
    "UserAgentOs",
)
