/** Small pieces the dashboard pages of several features share. */
package app.distribu.catalog.web;
