/**
 * Web glue of identity-service: its settings and how page controllers report problems.
 */
package app.distribu.identity.web;
