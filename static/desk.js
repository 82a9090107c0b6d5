/* The moderation desk's keyboard and selection helpers. No dependencies, no build step.
 * Progressive enhancement: every action is a plain form or link that works without this file.
 * Keys: j/k next/previous, a approve (keep, for a reported comment), r reject (1-9 pick a
 * reason, Enter sends), u undo, x select, o/Enter open, / search, ? help, Esc close. */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.add("js");

  var STORE = "desk.position";
  var CLAIM_DELAY_MS = 1500;
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-queue] > li"));
  var single = document.querySelector("[data-single]");
  var help = document.getElementById("help");
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var current = -1;
  var claimTimer = null;

  function here() {
    return location.pathname + location.search;
  }

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  function select(index, focus) {
    if (!items.length) return;
    index = Math.max(0, Math.min(items.length - 1, index));
    if (items[current]) items[current].classList.remove("current");
    current = index;
    var item = items[current];
    item.classList.add("current");
    if (focus) {
      item.focus({ preventScroll: true });
      item.scrollIntoView({ block: "nearest" });
    }
    scheduleClaim(item);
  }

  function active() {
    return items[current] || single;
  }

  function scheduleClaim(item) {
    if (claimTimer) clearTimeout(claimTimer);
    var url = item && item.getAttribute("data-claim-url");
    if (!url || !tokenMeta || !window.fetch) return;
    claimTimer = setTimeout(function () {
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": tokenMeta.getAttribute("content") }
      }).catch(function () { /* a claim is a courtesy; losing one is harmless */ });
    }, CLAIM_DELAY_MS);
  }

  function submit(form) {
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit();
    else form.submit();
  }

  // On a reported comment "a" keeps it (dismisses the reports); it has no approve button.
  function approve() {
    var scope = active();
    var button = scope && (scope.querySelector("[data-approve]") || scope.querySelector("[data-keep]"));
    if (button) button.click();
  }

  function reject() {
    var scope = active();
    var panel = scope && scope.querySelector("[data-reject]");
    if (!panel) return;
    panel.open = true;
    var chooser = panel.querySelector("[data-reason-select]");
    if (chooser) chooser.focus();
  }

  function undo() {
    var scope = active();
    submit(document.getElementById("undo-form") || (scope && scope.querySelector("[data-undo]")));
  }

  function search() {
    var box = document.querySelector("[data-search]");
    if (box) {
      box.focus();
      box.select();
    }
  }

  function toggleHelp() {
    if (!help || !help.showModal) return;
    if (help.open) help.close();
    else help.showModal();
  }

  function openCurrent() {
    var item = items[current];
    var url = item && item.getAttribute("data-open-url");
    if (url) location.href = url;
  }

  function toggleSelected() {
    var item = items[current];
    var box = item && item.querySelector("[data-select]");
    if (box) {
      box.checked = !box.checked;
      updateCount();
    }
  }

  function closePanels() {
    var open = document.querySelectorAll("[data-reject][open]");
    for (var i = 0; i < open.length; i++) open[i].open = false;
    var item = items[current];
    if (item) item.focus({ preventScroll: true });
  }

  // In the reason list: 1-9 choose a reason, Enter sends (a select does not submit by itself).
  function reasonKeys(event) {
    var chooser = event.target;
    if (/^[1-9]$/.test(event.key)) {
      var index = parseInt(event.key, 10);
      if (index < chooser.options.length) chooser.selectedIndex = index;
      event.preventDefault();
      return true;
    }
    if (event.key === "Enter" && chooser.value) {
      event.preventDefault();
      submit(chooser.form);
      return true;
    }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    var target = event.target;
    if (target.matches && target.matches("[data-reason-select]") && reasonKeys(event)) return;
    if (event.key === "Escape") {
      if (document.querySelector("[data-reject][open]")) {
        closePanels();
        event.preventDefault();
      }
      return;
    }
    if (typing(target) || (help && help.open && event.key !== "?")) return;
    var handled = true;
    switch (event.key) {
      case "j": select(current + 1, true); break;
      case "k": select(current - 1, true); break;
      case "a": approve(); break;
      case "r": reject(); break;
      case "u": undo(); break;
      case "x": toggleSelected(); break;
      case "o": openCurrent(); break;
      case "/": search(); break;
      case "?": toggleHelp(); break;
      case "Enter":
        if (target === items[current]) openCurrent();
        else handled = false;
        break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  // Mouse users: clicking into a comment makes it the current one.
  items.forEach(function (item, index) {
    item.addEventListener("focusin", function () {
      if (current !== index) select(index, false);
    });
    item.addEventListener("click", function () {
      if (current !== index) select(index, false);
    });
  });

  // Remember the position across the form post and redirect, so the next comment is current.
  document.addEventListener("submit", function () {
    try {
      sessionStorage.setItem(STORE, JSON.stringify({ page: here(), index: current }));
    } catch (error) { /* private mode: the first comment will be current instead */ }
  });

  // Bulk selection.
  var counter = document.querySelector("[data-selected-count]");
  var all = document.querySelector("[data-select-all]");

  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-select]"));
  }

  function updateCount() {
    var chosen = boxes().filter(function (box) { return box.checked; }).length;
    if (counter) {
      var template = counter.getAttribute("data-template") || "{n}";
      counter.textContent = chosen ? template.replace("{n}", String(chosen)) : "";
    }
    if (all) all.checked = chosen > 0 && chosen === boxes().length;
  }

  if (all) {
    all.addEventListener("change", function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
      updateCount();
    });
  }
  boxes().forEach(function (box) { box.addEventListener("change", updateCount); });

  var openers = document.querySelectorAll("[data-help-open]");
  for (var i = 0; i < openers.length; i++) openers[i].addEventListener("click", toggleHelp);

  // Start where the moderator left off on this page, else at the first comment.
  var start = 0;
  try {
    var saved = JSON.parse(sessionStorage.getItem(STORE) || "null");
    sessionStorage.removeItem(STORE);
    if (saved && saved.page === here() && saved.index >= 0) start = saved.index;
  } catch (error) { start = 0; }
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    var found = items.indexOf(target);
    if (found >= 0) start = found;
  }
  if (items.length) select(start, start > 0);
  updateCount();
})();
