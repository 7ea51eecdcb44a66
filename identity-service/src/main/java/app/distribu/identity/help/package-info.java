/**
 * The help center at {@code /help}: the FAQ whose source is {@code docs/help/faq.md},
 * rendered from Markdown and searchable, public for dashboard users and buyers alike.
 */
package app.distribu.identity.help;
