/**
 * Company notices: per-company banners (trial, past due) published by the owning service
 * to a compacted topic and shown by the shared layout on every dashboard page.
 */
package app.distribu.platform.notices;
