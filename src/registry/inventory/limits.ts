/** Inventories are spreadsheets: 200 MB is far above any real one, and still safe to hold in memory. */
export const MAX_UPLOAD_MB = 200;
