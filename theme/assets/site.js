// Progressive enhancements: every page works without this file.
(function () {
  "use strict";
  var root = document.documentElement;

  // Dark mode toggle: follows the system until the reader picks, then remembers the pick.
  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    var current = function () {
      return root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
    };
    var show = function () { toggle.setAttribute("aria-pressed", String(current() === "dark")); };
    toggle.hidden = false;
    show();
    toggle.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem("sitegen-theme", next); } catch (e) { /* not remembered */ }
      show();
    });
  }

  // Copy buttons for BibTeX blocks.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 1600);
      });
    });
  });
})();
