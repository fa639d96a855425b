import type { FilesEnv } from "../../config/env"

/**
 * The file module's provider for this environment (medusa-config.ts): an
 * S3-compatible store (@medusajs/file-s3: AWS S3, MinIO, OSS …) when S3_* is set,
 * else the local provider writing to a folder the backend serves at /static.
 */
export function fileProviderFrom(files: FilesEnv) {
  if (files.s3) {
    return {
      resolve: "@medusajs/file-s3",
      id: "s3",
      options: {
        file_url: files.s3.fileUrl,
        access_key_id: files.s3.accessKeyId,
        secret_access_key: files.s3.secretAccessKey,
        region: files.s3.region,
        bucket: files.s3.bucket,
        endpoint: files.s3.endpoint,
        additional_client_config: { forcePathStyle: files.s3.forcePathStyle },
      },
    }
  }
  return {
    resolve: "@medusajs/medusa/file-local",
    id: "local",
    options: { backend_url: files.localUrl, ...(files.localDir ? { upload_dir: files.localDir } : {}) },
  }
}
