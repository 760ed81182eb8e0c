// OpenAPI docs with Swagger UI served from this server (no CDN, no inline script).
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({ url: el.getAttribute("data-spec"), dom_id: "#swagger-ui",
    deepLinking: true, validatorUrl: null });
})();
