/* Werkbrug: occupations from the Dutch ESCO list as you type, for a vacancy's occupation field
 * (the employer's vacancy form, the jobhunter's correction on the vacancy page).
 * The occupation the title names comes first: after the title is typed, the form proposes it
 * ("Beroep volgens de titel: hovenier — Overnemen"), and the suggestions under the occupation
 * field start with it. Progressive enhancement: without JavaScript the field is a plain text
 * field and the server links the typed text to the occupation list on saving. */
(function () {
  "use strict";
  var list = document.getElementById("beroepen");
  var input = document.querySelector("input[list='beroepen']");
  var title = document.getElementById("title");
  var proposal = document.getElementById("beroep-voorstel");
  if (!list || !input || !window.fetch) { return; }
  var source = list.getAttribute("data-source");
  var timer = null;
  var last = null;

  function fill(labels) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    labels.forEach(function (label) {
      var option = document.createElement("option");
      option.value = label;
      list.appendChild(option);
    });
  }

  function ask(term, done) {
    var titleText = title ? title.value.trim() : "";
    var key = term + "\u0000" + titleText;
    if (key === last) { return; }
    last = key;
    fetch(source + "?q=" + encodeURIComponent(term) + "&titel=" + encodeURIComponent(titleText), {
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(done)
      .catch(function () { /* suggestions are a help, not a requirement */ });
  }

  function lookUp() {
    var term = input.value.trim();
    if (term.length < 2 && !(title && title.value.trim())) { return; }
    ask(term, function (labels) { if (input.value.trim() === term) { fill(labels); } });
  }

  function propose() {
    if (!proposal || !title) { return; }
    var titleText = title.value.trim();
    clear();
    if (titleText.length < 2 || input.value.trim()) { return; }
    last = null;
    ask("", function (labels) {
      fill(labels);
      if (!labels.length || input.value.trim() || title.value.trim() !== titleText) { return; }
      proposal.appendChild(document.createTextNode(proposal.getAttribute("data-text") + " "));
      var strong = document.createElement("strong");
      strong.textContent = labels[0];
      proposal.appendChild(strong);
      proposal.appendChild(document.createTextNode(" "));
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button secondary";
      button.textContent = proposal.getAttribute("data-button");
      button.addEventListener("click", function () {
        input.value = labels[0];
        clear();
        input.focus();
      });
      proposal.appendChild(button);
    });
  }

  function clear() {
    if (!proposal) { return; }
    while (proposal.firstChild) { proposal.removeChild(proposal.firstChild); }
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookUp, 200);
    if (input.value.trim()) { clear(); }
  });
  input.addEventListener("focus", lookUp);
  if (title) { title.addEventListener("change", propose); }
}());
