package app.distribu.identity.web;

/**
 * Marks controllers that render pages, so domain problems they raise become the HTML
 * error page instead of problem+json.
 */
public interface PageController {

}
