export { ACCEPTED_FILE_KINDS, type AcceptedFileKind, sniffFileKind } from "./sniff"
export { checkUpload, type CheckedFile, DEFAULT_UPLOAD_MAX_BYTES, displayName, type IncomingFile } from "./check-upload"
export { checkUploadedFiles } from "./middleware"
