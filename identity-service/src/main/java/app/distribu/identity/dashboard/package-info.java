/** The dashboard home page: the company, its storefront address and where to go next. */
package app.distribu.identity.dashboard;
