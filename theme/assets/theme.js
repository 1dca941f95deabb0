// Runs in <head> before the page paints, so a stored light/dark choice never flashes.
try {
  var stored = localStorage.getItem("sitegen-theme");
  if (stored === "light" || stored === "dark") document.documentElement.dataset.theme = stored;
} catch (e) { /* storage may be disabled; the system setting then applies */ }
