/* The moderation desk's keyboard, selection and live tab counts. No dependencies, no build step.
 * Progressive enhancement: every action is a plain form or link that works without this file;
 * the tab counts refresh themselves (polling /dashboard/queue/counts) while the page is visible.
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

  // Live tab counts: while the page is visible, ask the server every few seconds (the nav's
  // data-poll-seconds) and right after the page becomes visible again; back off on errors;
  // stop when the session is gone. Badges take the server's labels as they are ("10.000+"),
  // a polite live region says what changed, and on the Held tab new comments show as
  // "N new — show" rather than reshuffling the list under the moderator.
  var MAX_POLL_MS = 5 * 60 * 1000;

  function liveCounts(nav) {
    var url = nav.getAttribute("data-counts-url");
    var since = nav.getAttribute("data-since");
    if (since) url += (url.indexOf("?") >= 0 ? "&" : "?") + "since=" + encodeURIComponent(since);
    var base = Math.max(1, parseInt(nav.getAttribute("data-poll-seconds"), 10) || 20) * 1000;
    var status = document.querySelector("[data-counts-status]");
    var notice = document.querySelector("[data-new-notice]");
    var title = nav.getAttribute("data-title");
    var delay = base;
    var timer = null;
    var busy = false;
    var stopped = false;
    var shownNew = "";
    var labels = {};
    Array.prototype.forEach.call(nav.querySelectorAll("[data-tab]"), function (link) {
      var badge = link.querySelector(".count");
      if (badge) labels[link.getAttribute("data-tab")] = badge.textContent.trim();
    });

    function schedule(ms) {
      if (timer) clearTimeout(timer);
      timer = stopped ? null : setTimeout(poll, ms);
    }

    function poll() {
      timer = null;
      if (busy || stopped || document.visibilityState === "hidden") return;
      busy = true;
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (response.status === 401 || response.status === 403 || response.redirected) {
            stopped = true;  // signed out or no longer a moderator: the next click says so
            return null;
          }
          if (!response.ok) throw new Error("counts: HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          busy = false;
          if (!data) return;
          delay = base;
          show(data);
          schedule(delay);
        })
        .catch(function () {
          busy = false;
          delay = Math.min(delay * 2, MAX_POLL_MS);
          schedule(delay);
        });
    }

    function show(data) {
      var changes = [];
      Object.keys(data.tabs || {}).forEach(function (name) {
        var entry = data.tabs[name];
        var link = nav.querySelector('[data-tab="' + name + '"]');
        var badge = link && link.querySelector(".count");
        if (!badge || labels[name] === entry.label) return;
        labels[name] = entry.label;
        badge.textContent = entry.label;
        changes.push(entry.name + ": " + entry.label);
        if (name === data.tab && title) document.title = title.replace("{n}", entry.label);
      });
      var fresh = data["new"];
      if (notice && fresh) {
        var text = fresh.count > 0 ? fresh.label : "";
        if (text !== shownNew) {
          shownNew = text;
          notice.querySelector("[data-new-label]").textContent = text;
          notice.hidden = !text;
          if (text) changes.push(text);
        }
      }
      // Announced only when a number changed, not on every poll.
      if (changes.length && status) {
        var template = status.getAttribute("data-template") || "{changes}";
        status.textContent = template.replace("{changes}", changes.join(", "));
      }
    }

    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") schedule(0);
      else if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
    schedule(delay);
  }

  var countsNav = document.querySelector("[data-counts-url]");
  if (countsNav && window.fetch) liveCounts(countsNav);

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
