/* Offline search for the handbook: builds a lunr index from search-index.js in the browser.
   No network, no inline script; results are written with textContent, never as HTML. */
(function () {
  "use strict";
  var docs = window.HANDBOOK_SEARCH || [];
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list || !status || typeof lunr === "undefined") return;

  var byRef = {};
  var index = lunr(function () {
    this.ref("u");
    this.field("t", { boost: 10 });
    this.field("b");
    var builder = this;
    docs.forEach(function (d) { byRef[d.u] = d; builder.add(d); });
  });

  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  function snippet(body, terms) {
    var lower = body.toLowerCase();
    var at = -1;
    terms.forEach(function (t) { var i = lower.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = Math.max(0, at - 60);
    var text = body.substring(start, start + 200);
    return (start > 0 ? "… " : "") + text + (start + 200 < body.length ? " …" : "");
  }

  function run(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var terms = words(query);
    if (terms.length === 0) { status.textContent = "Type a word to search titles and section text."; return; }
    var hits = index.query(function (q) {
      terms.forEach(function (t) {
        q.term(t, { boost: 10 });
        q.term(t, { wildcard: lunr.Query.wildcard.TRAILING });
      });
    });
    status.textContent = hits.length === 0 ? "No results for “" + query + "”." :
      hits.length + (hits.length === 1 ? " result" : " results") + " for “" + query + "”.";
    hits.slice(0, 50).forEach(function (hit) {
      var d = byRef[hit.ref];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = d.u;
      a.textContent = d.t;
      var kind = document.createElement("span");
      kind.className = "badge";
      kind.textContent = d.k;
      var p = document.createElement("p");
      p.className = "snippet";
      p.textContent = snippet(d.b, terms);
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(kind);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  run(input.value);
  input.addEventListener("input", function () { run(input.value); });
})();
