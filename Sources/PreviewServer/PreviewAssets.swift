/// The script and style sheet every preview page loads from the server (nothing from elsewhere).
enum PreviewAssets {
    /// Listens for builds: a good one reloads the page (keeping its scroll position), a failed one
    /// puts its findings over the last good page. After a reconnect (the server restarted, or the
    /// page was opened from the cache) it asks for the state, so no build is missed.
    static let script = """
        (function () {
          "use strict";
          var meta = document.querySelector('meta[name="preview-pages"]');
          var shown = meta ? Number(meta.getAttribute("content")) : -1;
          var saved = sessionStorage.getItem("preview-scroll");
          if (saved !== null) { sessionStorage.removeItem("preview-scroll"); window.scrollTo(0, Number(saved)); }
          function mark(state) {
            // The marks written into the page are its own build's; a newer failed build's go by element id.
            var stale = state.generation !== shown;
            document.querySelectorAll(".finding[data-finding]").forEach(function (element) {
              if (stale) { element.setAttribute("data-stale", ""); } else { element.removeAttribute("data-stale"); }
            });
            var marks = stale ? state.marks : {};
            document.querySelectorAll("[data-preview-finding]").forEach(function (element) {
              element.removeAttribute("data-preview-finding");
            });
            Object.keys(marks).forEach(function (id) {
              var element = document.getElementById(id);
              if (element) { element.setAttribute("data-preview-finding", marks[id].join("\\n")); }
            });
          }
          function apply(state) {
            if (state.pages !== null && state.pages !== shown) {
              sessionStorage.setItem("preview-scroll", String(window.scrollY));
              window.location.reload();
              return;
            }
            var panel = document.getElementById("preview-findings");
            if (panel) { panel.outerHTML = state.panel; } else { document.body.insertAdjacentHTML("afterbegin", state.panel); }
            mark(state);
          }
          function refresh() {
            fetch("/_preview/state", { cache: "no-store" }).then(function (response) { return response.json(); }).then(apply, function () {});
          }
          var events = new EventSource("/_preview/events");
          events.addEventListener("build", function (event) { apply(JSON.parse(event.data)); });
          events.addEventListener("open", refresh);
        })();
        """

    static let styleSheet = """
        .preview-findings { position: sticky; top: 0; z-index: 10; margin: 0 0 1em; padding: 0.5em 1em;
          background: #fffbea; color: #1a1a1a; border-bottom: 2px solid #8a6d00; font: 0.9rem/1.5 sans-serif; max-height: 40vh; overflow: auto; }
        .preview-findings[data-succeeded="false"] { background: #fdecec; border-bottom-color: #a40000; }
        .preview-findings .preview-failed { margin: 0 0 0.25em; font-weight: bold; color: #a40000; }
        .preview-findings .preview-summary { margin: 0; font-weight: bold; }
        .preview-findings ol { margin: 0.25em 0 0; padding-left: 1.5em; }
        .preview-findings code { font-family: monospace; white-space: pre-wrap; word-break: break-all; }
        .preview-findings li.preview-error code { color: #a40000; }
        .preview-findings li.preview-warning code { color: #5c4700; }
        .finding[data-finding], [data-preview-finding] { outline: 3px solid #c77c00; outline-offset: 3px; background: #fff4d6; }
        .finding[data-finding]::before { content: "⚠ " attr(data-finding); }
        [data-preview-finding]::before { content: "⚠ " attr(data-preview-finding); }
        .finding[data-finding]::before, [data-preview-finding]::before { display: block; white-space: pre-wrap;
          font: 0.8rem/1.4 monospace; color: #5c4700; margin-bottom: 0.25em; }
        .finding[data-stale] { outline: none; background: none; }
        .finding[data-stale]::before { display: none; }
        @media print { .preview-findings, .finding[data-finding]::before, [data-preview-finding]::before { display: none; } }
        """
}
