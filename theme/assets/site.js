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

  // Author index filter: hides the names that do not contain what is typed (case and accents ignored), and
  // letters left empty. The box exists only with JavaScript; the list and its letter bar work without.
  var filter = document.querySelector("[data-author-filter]");
  if (filter) {
    var input = filter.querySelector("input");
    var status = filter.querySelector(".author-filter-status");
    var fold = function (text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
    var items = Array.prototype.map.call(document.querySelectorAll(".author-list li"), function (li) {
      return { li: li, name: fold(li.querySelector("a").textContent) };
    });
    var groups = document.querySelectorAll(".letter-group");
    filter.hidden = false;
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var match = words.every(function (w) { return item.name.indexOf(w) >= 0; });
        item.li.hidden = !match;
        if (match) shown++;
      });
      Array.prototype.forEach.call(groups, function (group) { group.hidden = !group.querySelector("li:not([hidden])"); });
      status.textContent = words.length ? shown + " of " + items.length + " authors" : "";
    });
  }
})();
