// Bürgerkoffer hub: small progressive enhancements; every page works without this file.
document.addEventListener("click", (event) => {
  // close the "Verwaltung" menu when clicking elsewhere
  document.querySelectorAll(".main-nav details[open]").forEach((menu) => {
    if (!menu.contains(event.target)) menu.removeAttribute("open");
  });
});
