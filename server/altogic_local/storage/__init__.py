"""The storage module: buckets and files (`/_api/rest/v1/storage/*`), and public file URLs
(`/_storage/{envId}/{bucketId}/{fileId}`)."""
