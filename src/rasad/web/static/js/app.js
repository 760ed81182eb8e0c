// rasad UI: small behaviours shared by every page (no inline scripts: the CSP forbids them).
(function () {
  "use strict";
  // Filters: changing a select submits the form, so the list follows the filters at once.
  document.querySelectorAll("form select.autosubmit").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
  // Event page: bring the first highlighted evidence sentence into view inside its article box.
  var mark = document.querySelector(".article-text mark.evidence");
  if (mark) {
    var box = mark.closest(".article-text");
    if (box) { box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40); }
  }
})();
