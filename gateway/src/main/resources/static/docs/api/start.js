// Kept out of the HTML so the page works under a strict Content-Security-Policy.
window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#api-reference",
  deepLinking: true,
  persistAuthorization: false
});
