/// The script and style sheet every preview page loads from the server (nothing from elsewhere).
enum PreviewAssets {
    /// Listens for builds: after a good one it fetches the page again and swaps its body in (no
    /// reload: the scroll position stays, and the style sheet and event stream are not fetched
    /// again); after a failed one it puts the findings over the last good page. After a reconnect
    /// (the server restarted, or the page came from the cache) it asks for the state, so no build
    /// is missed. Where the swap cannot be done (the page is gone) it reloads.
    static let script = """
        (function () {
          "use strict";
          var meta = document.querySelector('meta[name="preview-pages"]');
          var shown = meta ? Number(meta.getAttribute("content")) : -1;
          var saved = sessionStorage.getItem("preview-scroll");
          if (saved !== null) { sessionStorage.removeItem("preview-scroll"); window.scrollTo(0, Number(saved)); }
          function reload() {
            sessionStorage.setItem("preview-scroll", String(window.scrollY));
            window.location.reload();
          }
          function swap(state) {
            fetch(window.location.href, { cache: "no-store" }).then(function (response) {
              return response.ok ? response.text() : Promise.reject(response.status);
            }).then(function (html) {
              var next = new DOMParser().parseFromString(html, "text/html");
              var nextMeta = next.querySelector('meta[name="preview-pages"]');
              // The failure page has none of the real page's head (its style sheet): load the page itself.
              if (!meta || !nextMeta || shown < 0) { reload(); return; }
              var pages = Number(nextMeta.getAttribute("content"));
              if (pages < shown) { return; }
              shown = pages;
              meta.setAttribute("content", String(pages));
              document.title = next.title;
              document.documentElement.replaceChild(document.adoptNode(next.body), document.body);
              mark(state);
            }).catch(reload);
          }
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
            if (state.pages !== null && state.pages !== shown) { swap(state); return; }
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
