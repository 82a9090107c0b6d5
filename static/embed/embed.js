/*
 * Comment widget for news sites. One tag on the article page:
 *
 *   <script src="https://kommentare.example.de/embed.js" data-site="stadtanzeiger"
 *           data-article="ob-wahl-2026" data-sso-token="(JWT from your back end, optional)"
 *           async></script>
 *
 * or sign in later from the page's own script: ModerationComments.signIn(jwt).
 * No third-party code, no eval, no inline styles or scripts: works under a strict CSP
 * (allow this origin in script-src and connect-src). The widget lives in a Shadow DOM,
 * so the host page's CSS does not leak in and the widget's does not leak out. Everything
 * a user typed is inserted as text (textContent), never parsed as HTML.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) { return; }
  var BASE = new URL(script.src, document.baseURI).origin;
  var MAX_DEPTH = 3;
  var POLL_MS = 5000;
  var POLL_TRIES = 24;

  var STRINGS = {
    de: {
      title: "Kommentare", signInPrompt: "Melden Sie sich an, um mitzudiskutieren.",
      signedInAs: "Angemeldet als {name}", placeholder: "Ihr Kommentar …",
      replyPlaceholder: "Ihre Antwort …", submit: "Kommentar senden", submitReply: "Antwort senden",
      sending: "Wird gesendet …", reply: "Antworten", cancel: "Abbrechen",
      awaiting: "wartet auf Freigabe", awaitingHint: "Ihr Kommentar ist eingegangen und wird geprüft, bevor er erscheint.",
      held: "wartet auf Freigabe", heldHint: "Unsere Moderation sieht sich Ihren Kommentar an.",
      rejected: "abgelehnt", reasons: "Begründung: {text}", autoReasons: "Automatisch abgelehnt wegen: {labels}",
      published: "veröffentlicht", yourComments: "Ihre Kommentare unter diesem Artikel",
      removed: "Dieser Kommentar wurde von der Verfasserin oder dem Verfasser gelöscht.",
      loadMore: "Weitere Kommentare laden", empty: "Noch keine Kommentare. Schreiben Sie den ersten!",
      emptyButYours: "Noch keine veröffentlichten Kommentare anderer Leserinnen und Leser.",
      closed: "Die Kommentarfunktion für diesen Artikel ist geschlossen.", edited: "bearbeitet",
      report: "Melden", reportSend: "Meldung senden", reported: "Danke, wir sehen uns das an.",
      delete: "Löschen", deleted: "Gelöscht.", error: "Das hat nicht geklappt: {message}",
      signInFailed: "Die Anmeldung hat nicht geklappt.", suspended: "Ihr Konto darf derzeit nicht kommentieren.",
      loadFailed: "Die Kommentare konnten nicht geladen werden.", reasonLabel: "Grund",
      count: "{n} Kommentare", countOne: "1 Kommentar",
      edit: "Bearbeiten", editLabel: "Kommentar bearbeiten", save: "Speichern", saving: "Wird gespeichert …",
      editUntil: "änderbar bis {time}", editClosed: "Die Frist zum Bearbeiten ist abgelaufen.",
      editStale: "Der Kommentar wurde inzwischen geändert; bitte noch einmal versuchen.",
      editedHint: "Ihre Änderung ist eingegangen und wird geprüft, bevor sie erscheint.",
      confirmDelete: "Diesen Kommentar wirklich löschen?", confirmDeleteYes: "Ja, löschen",
      removedOwn: "Ihr Kommentar wurde gelöscht.",
      labels: { toxicity: "toxische Sprache", severe_toxicity: "stark toxische Sprache",
        obscene: "vulgäre Sprache", threat: "Bedrohung", insult: "Beleidigung",
        identity_attack: "Angriff auf eine Gruppe" },
      reportReasons: { spam: "Spam", insult: "Beleidigung", hate: "Hass", threat: "Bedrohung",
        misinformation: "Falschinformation", off_topic: "Thema verfehlt", other: "Sonstiges" }
    },
    en: {
      title: "Comments", signInPrompt: "Sign in to join the discussion.",
      signedInAs: "Signed in as {name}", placeholder: "Your comment …",
      replyPlaceholder: "Your reply …", submit: "Post comment", submitReply: "Post reply",
      sending: "Sending …", reply: "Reply", cancel: "Cancel",
      awaiting: "awaiting moderation", awaitingHint: "Your comment arrived and is checked before it appears.",
      held: "awaiting moderation", heldHint: "Our moderators are looking at your comment.",
      rejected: "rejected", reasons: "Reason: {text}", autoReasons: "Rejected automatically for: {labels}",
      published: "published", yourComments: "Your comments on this article",
      removed: "This comment was deleted by its author.",
      loadMore: "Load more comments", empty: "No comments yet. Be the first!",
      emptyButYours: "No published comments from other readers yet.",
      closed: "Comments are closed for this article.", edited: "edited",
      report: "Report", reportSend: "Send report", reported: "Thank you, we will take a look.",
      delete: "Delete", deleted: "Deleted.", error: "That did not work: {message}",
      signInFailed: "Signing in did not work.", suspended: "Your account may not comment at the moment.",
      loadFailed: "The comments could not be loaded.", reasonLabel: "Reason",
      count: "{n} comments", countOne: "1 comment",
      edit: "Edit", editLabel: "Edit comment", save: "Save", saving: "Saving …",
      editUntil: "editable until {time}", editClosed: "The time for editing is over.",
      editStale: "The comment changed meanwhile; please try again.",
      editedHint: "Your edit arrived and is checked before it appears.",
      confirmDelete: "Really delete this comment?", confirmDeleteYes: "Yes, delete",
      removedOwn: "Your comment was deleted.",
      labels: { toxicity: "toxic language", severe_toxicity: "severely toxic language",
        obscene: "obscene language", threat: "threat", insult: "insult",
        identity_attack: "attack on a group" },
      reportReasons: { spam: "Spam", insult: "Insult", hate: "Hate", threat: "Threat",
        misinformation: "Misinformation", off_topic: "Off topic", other: "Other" }
    }
  };

  function pickLanguage(wanted) {
    var code = String(wanted || document.documentElement.lang || "de").slice(0, 2).toLowerCase();
    return STRINGS[code] ? code : "de";
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  // Builds elements without ever parsing markup: user text only goes into text nodes.
  function h(tag, attrs) {
    var node = document.createElement(tag);
    var name;
    for (name in attrs || {}) {
      if (!Object.prototype.hasOwnProperty.call(attrs, name) || attrs[name] == null) { continue; }
      if (name === "text") { node.textContent = attrs[name]; }
      else if (name.indexOf("on") === 0) { node.addEventListener(name.slice(2), attrs[name]); }
      else { node.setAttribute(name, attrs[name]); }
    }
    var children = Array.prototype.slice.call(arguments, 2);
    [].concat.apply([], children).forEach(function (child) {
      if (child == null || child === false) { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function ApiError(status, body) {
    var error = (body && body.error) || {};
    this.status = status;
    this.code = error.code || "error";
    this.message = error.message || ("HTTP " + status);
  }

  function Widget(options) {
    this.site = options.site;
    this.article = options.article;
    this.articleTitle = options.articleTitle || document.title;
    this.lang = pickLanguage(options.lang);
    this.t = STRINGS[this.lang];
    this.token = null;
    this.account = null;
    this.threads = [];
    this.next = null;
    this.articleOpen = true;
    this.mine = [];
    this.mineIds = {};
    this.mineById = {};
    this.notice = null;
    this.polls = 0;
    // The reader's open edit and delete confirmation, drafts by form, and own comments
    // deleted here that no list returns any more (shown as removed until the next visit).
    this.editing = null;
    this.confirming = null;
    this.drafts = {};
    this.removedOwn = [];
    this.host = h("div", { "class": "moderation-comments", "data-site": this.site });
    this.root = this.host.attachShadow({ mode: "open" });
    attachStyles(this.root);
    this.container = h("section", { "class": "mc", "aria-live": "polite" });
    this.root.appendChild(this.container);
  }

  // ``fresh``: revalidate instead of using the browser's copy of a cached public read.
  Widget.prototype.api = function (method, path, body, fresh) {
    var headers = { "Accept": "application/json" };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    if (this.token) { headers["Authorization"] = "Bearer " + this.token; }
    var url = path.indexOf("http") === 0 ? path : BASE + path;
    return fetch(url, {
      method: method, headers: headers, mode: "cors", credentials: "omit",
      cache: fresh ? "no-cache" : "default",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 204) { return null; }
      return response.json().catch(function () { return null; }).then(function (data) {
        if (!response.ok) { throw new ApiError(response.status, data); }
        return data;
      });
    });
  };

  Widget.prototype.articlePath = function (suffix) {
    return "/api/v1/sites/" + encodeURIComponent(this.site) + "/articles/" +
      encodeURIComponent(this.article) + suffix;
  };

  Widget.prototype.start = function (ssoToken) {
    var self = this;
    this.render();
    var signIn = ssoToken ? this.signIn(ssoToken) : Promise.resolve();
    return Promise.all([this.loadThreads(false), signIn.catch(function () { return null; })]);
  };

  Widget.prototype.loadThreads = function (more, fresh) {
    var self = this;
    var path = more && this.next ? this.next : this.articlePath("/threads?limit=20");
    return this.api("GET", path, undefined, fresh).then(function (data) {
      self.threads = more ? self.threads.concat(data.threads) : data.threads;
      self.next = data.next;
      self.articleOpen = data.article.open;
      if (!self.explicitLang && data.article.language && STRINGS[data.article.language]) {
        self.lang = data.article.language;
        self.t = STRINGS[self.lang];
      }
      self.render();
    }).catch(function () {
      self.notice = self.t.loadFailed;
      self.render();
    });
  };

  Widget.prototype.signIn = function (ssoToken) {
    var self = this;
    return this.api("POST", "/api/v1/auth/sso", { site: this.site, token: ssoToken })
      .then(function (data) {
        self.token = data.token;
        self.account = data.account;
        self.notice = null;
        return self.loadMine();
      })
      .catch(function (error) {
        self.notice = self.t.signInFailed + " (" + (error.code || "error") + ")";
        self.render();
        throw error;
      });
  };

  Widget.prototype.signOut = function () {
    this.token = null;
    this.account = null;
    this.mine = [];
    this.mineIds = {};
    this.mineById = {};
    this.editing = null;
    this.confirming = null;
    this.drafts = {};
    this.removedOwn = [];
    this.render();
  };

  Widget.prototype.loadMine = function () {
    var self = this;
    if (!this.token) { return Promise.resolve(); }
    return this.api("GET", this.articlePath("/comments/mine")).then(function (data) {
      self.mine = data.comments;
      self.mineIds = {};
      self.mineById = {};
      self.mine.forEach(function (c) { self.mineIds[c.id] = true; self.mineById[c.id] = c; });
      self.render();
      self.schedulePoll();
    });
  };

  // A new comment is scored within seconds: look again until nothing is pending.
  Widget.prototype.schedulePoll = function () {
    var self = this;
    var pending = this.mine.some(function (c) { return c.status === "pending"; });
    if (!pending || this.polls >= POLL_TRIES || this.pollTimer) { return; }
    this.pollTimer = setTimeout(function () {
      self.pollTimer = null;
      self.polls += 1;
      var wasPending = self.mine.filter(function (c) { return c.status === "pending"; }).length;
      self.loadMine().then(function () {
        var nowPending = self.mine.filter(function (c) { return c.status === "pending"; }).length;
        if (nowPending < wasPending) { self.loadThreads(false, true); }
      });
    }, POLL_MS);
  };

  Widget.prototype.post = function (body, parentId, form) {
    var self = this;
    var payload = { body: body, article_title: this.articleTitle };
    var canonical = document.querySelector("link[rel=canonical]");
    var pageUrl = canonical ? canonical.href : location.href;
    if (/^https?:/.test(pageUrl)) { payload.article_url = pageUrl.split("#")[0]; }
    if (parentId) { payload.parent_id = parentId; }
    setBusy(form, true, this.t.sending);
    return this.api("POST", this.articlePath("/comments"), payload).then(function () {
      delete self.drafts[parentId ? "reply:" + parentId : "new"];
      self.openReply = null;
      self.polls = 0;
      return self.loadMine();
    }).catch(function (error) {
      setBusy(form, false);
      self.showError(form, error);
    });
  };

  Widget.prototype.remove = function (commentId) {
    var self = this;
    var own = this.mineById[commentId];
    return this.api("DELETE", "/api/v1/comments/" + commentId).then(function () {
      self.confirming = null;
      if (self.editing === commentId) { self.editing = null; }
      // A published comment stays in its thread as removed; any other just leaves the list.
      if (own && own.status !== "published") { self.removedOwn.push(commentId); }
      return Promise.all([self.loadMine(), self.loadThreads(false, true)]);
    }).catch(function (error) { self.confirming = null; self.notice = format(self.t.error, error); self.render(); });
  };

  // Within the edit window only; the server re-scores the new text, so it is pending again.
  Widget.prototype.canEdit = function (commentId) {
    var own = this.mineById[commentId];
    return Boolean(own && own.editable_until && own.status !== "rejected" && this.articleOpen &&
      this.account && this.account.may_comment && Date.parse(own.editable_until) > Date.now());
  };

  Widget.prototype.saveEdit = function (commentId, body, form) {
    var self = this;
    var own = this.mineById[commentId];
    setBusy(form, true, this.t.saving);
    return this.api("PATCH", "/api/v1/comments/" + commentId, { body: body, version: own ? own.version : undefined })
      .then(function () {
        self.editing = null;
        delete self.drafts["edit:" + commentId];
        self.polls = 0;
        return Promise.all([self.loadMine(), self.loadThreads(false, true)]);
      }).catch(function (error) {
        setBusy(form, false);
        var known = { edit_window_closed: self.t.editClosed, stale_version: self.t.editStale };
        if (known[error.code]) {
          form.appendChild(h("p", { "class": "mc-error", role: "alert", text: known[error.code] }));
          if (error.code === "stale_version") { self.loadMine(); }
        } else {
          self.showError(form, error);
        }
      });
  };

  // Re-render when the next edit window closes, so that "Edit" disappears on time.
  Widget.prototype.scheduleWindowClose = function () {
    var self = this;
    var now = Date.now();
    var next = this.mine.reduce(function (soonest, c) {
      var until = c.editable_until ? Date.parse(c.editable_until) : NaN;
      return until > now && (soonest === null || until < soonest) ? until : soonest;
    }, null);
    if (this.windowTimer) { clearTimeout(this.windowTimer); this.windowTimer = null; }
    if (next !== null) {
      this.windowTimer = setTimeout(function () { self.windowTimer = null; self.render(); }, next - now + 250);
    }
  };

  Widget.prototype.report = function (commentId, reason, box) {
    var self = this;
    return this.api("POST", "/api/v1/comments/" + commentId + "/reports", { reason: reason })
      .then(function () { box.replaceChildren(h("span", { "class": "mc-ok", text: self.t.reported })); })
      .catch(function (error) { self.showError(box, error); });
  };

  Widget.prototype.showError = function (near, error) {
    var message = h("p", { "class": "mc-error", role: "alert", text: format(this.t.error, error) });
    near.appendChild(message);
  };

  Widget.prototype.render = function () {
    var t = this.t;
    var count = countComments(this.threads);
    var children = [
      h("h2", { "class": "mc-title" }, t.title,
        count ? h("span", { "class": "mc-count", text: count === 1 ? t.countOne : format(t.count, { n: count }) }) : null)
    ];
    if (this.notice) { children.push(h("p", { "class": "mc-notice", role: "status", text: this.notice })); }
    children.push(this.renderComposer());
    if (this.mine.length) { children.push(this.renderMine()); }
    children.push(this.renderThreads());
    this.container.lang = this.lang;
    // Re-rendering (polls, loads) must not cost the reader what they are typing.
    var active = this.root.activeElement;
    var draftKey = active && active.getAttribute ? active.getAttribute("data-draft") : null;
    var selection = draftKey ? [active.selectionStart, active.selectionEnd] : null;
    this.container.replaceChildren.apply(this.container, children);
    if (draftKey) {
      var again = this.container.querySelector('[data-draft="' + draftKey + '"]');
      if (again) { again.focus(); again.setSelectionRange(selection[0], selection[1]); }
    }
    this.scheduleWindowClose();
  };

  Widget.prototype.renderComposer = function () {
    var t = this.t;
    if (!this.articleOpen) { return h("p", { "class": "mc-closed", text: t.closed }); }
    if (!this.account) { return h("p", { "class": "mc-signin", text: t.signInPrompt }); }
    var who = h("p", { "class": "mc-who", text: format(t.signedInAs, { name: this.account.display_name }) });
    if (!this.account.may_comment) { return h("div", null, who, h("p", { "class": "mc-notice", text: t.suspended })); }
    return h("div", { "class": "mc-composer" }, who, this.form(null));
  };

  Widget.prototype.form = function (parentId) {
    var self = this;
    var t = this.t;
    var draftKey = parentId ? "reply:" + parentId : "new";
    var field = this.draftField(draftKey, {
      name: "body", rows: parentId ? "3" : "4", maxlength: "5000", required: "required",
      placeholder: parentId ? t.replyPlaceholder : t.placeholder,
      "aria-label": parentId ? t.replyPlaceholder : t.placeholder
    }, "");
    var submit = h("button", { type: "submit", "class": "mc-primary", text: parentId ? t.submitReply : t.submit });
    var form = h("form", { "class": "mc-form", novalidate: "novalidate" }, field, h("div", { "class": "mc-actions" }, submit,
      parentId ? h("button", { type: "button", "class": "mc-link", text: t.cancel, onclick: function () { self.openReply = null; self.render(); } }) : null));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (field.value.trim()) { self.post(field.value, parentId, form); }
    });
    return form;
  };

  // A textarea whose text survives re-renders (kept in this.drafts under ``key``).
  Widget.prototype.draftField = function (key, attrs, initial) {
    var self = this;
    var field = h("textarea", attrs);
    field.setAttribute("data-draft", key);
    field.value = Object.prototype.hasOwnProperty.call(this.drafts, key) ? this.drafts[key] : initial;
    field.addEventListener("input", function () { self.drafts[key] = field.value; });
    return field;
  };

  Widget.prototype.editForm = function (commentId, body) {
    var self = this;
    var t = this.t;
    var field = this.draftField("edit:" + commentId, {
      name: "body", rows: "4", maxlength: "5000", required: "required", "aria-label": t.editLabel
    }, body);
    var form = h("form", { "class": "mc-form mc-edit-form", novalidate: "novalidate" }, field,
      h("div", { "class": "mc-actions" },
        h("button", { type: "submit", "class": "mc-primary", text: t.save }),
        h("button", { type: "button", "class": "mc-link", text: t.cancel, onclick: function () {
          self.editing = null;
          delete self.drafts["edit:" + commentId];
          self.render();
        } })));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (field.value.trim()) { self.saveEdit(commentId, field.value, form); }
    });
    return form;
  };

  // "Edit" while the window is open, and "Delete" behind a confirmation, on the reader's own.
  Widget.prototype.ownActions = function (commentId, bar) {
    var self = this;
    var t = this.t;
    if (this.confirming === commentId) {
      bar.appendChild(h("span", { "class": "mc-confirm", role: "group", "aria-label": t.delete },
        h("span", { text: t.confirmDelete }),
        h("button", { type: "button", "class": "mc-danger", text: t.confirmDeleteYes,
          onclick: function (event) { event.target.disabled = true; self.remove(commentId); } }),
        h("button", { type: "button", "class": "mc-link", text: t.cancel,
          onclick: function () { self.confirming = null; self.render(); } })));
      return bar;
    }
    if (this.editing !== commentId && this.canEdit(commentId)) {
      var until = this.mineById[commentId].editable_until;
      bar.appendChild(h("button", { type: "button", "class": "mc-link", text: t.edit,
        onclick: function () {
          self.editing = commentId;
          self.confirming = null;
          self.render();
          var field = self.container.querySelector('[data-draft="edit:' + commentId + '"]');
          if (field) { field.focus(); }
        } }));
      bar.appendChild(h("span", { "class": "mc-window", text: format(t.editUntil, { time: formatClock(until, this.lang) }) }));
    }
    bar.appendChild(h("button", { type: "button", "class": "mc-link", text: t.delete,
      onclick: function () { self.confirming = commentId; self.render(); } }));
    return bar;
  };

  Widget.prototype.renderMine = function () {
    var self = this;
    var t = this.t;
    var items = this.mine.filter(function (c) { return c.status !== "published"; }).map(function (c) {
      var status = c.status === "rejected" ? t.rejected : t.awaiting;
      var hint = null;
      if (c.status === "pending") { hint = c.edited_at ? t.editedHint : t.awaitingHint; }
      if (c.status === "held") { hint = t.heldHint; }
      if (c.status === "rejected" && c.decision) { hint = self.statement(c.decision); }
      var editing = self.editing === c.id;
      return h("li", { "class": "mc-own mc-" + c.status, "data-comment-id": String(c.id) },
        h("span", { "class": "mc-badge", text: status }),
        c.edited_at ? h("span", { "class": "mc-edited", text: " " + t.edited }) : null,
        editing ? self.editForm(c.id, c.body) : h("p", { "class": "mc-body", text: c.body }),
        hint && !editing ? h("p", { "class": "mc-hint", text: hint }) : null,
        editing ? null : self.ownActions(c.id, h("div", { "class": "mc-actions" })));
    });
    this.removedOwn.forEach(function (id) {
      if (self.mineIds[id]) { return; }
      items.push(h("li", { "class": "mc-own mc-removed-own", "data-comment-id": String(id) },
        h("p", { "class": "mc-removed", text: t.removedOwn })));
    });
    if (!items.length) { return h("div"); }
    return h("section", { "class": "mc-mine", "aria-label": t.yourComments },
      h("h3", { text: t.yourComments }), h("ul", null, items));
  };

  Widget.prototype.statement = function (decision) {
    var t = this.t;
    if (decision.statement) { return format(t.reasons, { text: decision.statement }); }
    var labels = (decision.labels || []).map(function (label) { return t.labels[label] || label; });
    return labels.length ? format(t.autoReasons, { labels: labels.join(", ") }) : null;
  };

  Widget.prototype.renderThreads = function () {
    var self = this;
    var t = this.t;
    if (!this.threads.length) {
      // Under the reader's own waiting comments, "no comments yet" would deny them.
      var waiting = this.mine.some(function (c) { return c.status !== "published"; });
      return h("p", { "class": "mc-empty", text: waiting ? t.emptyButYours : t.empty });
    }
    var list = h("ol", { "class": "mc-threads" });
    this.threads.forEach(function (node) { list.appendChild(self.renderComment(node, 1)); });
    var more = this.next ? h("button", { type: "button", "class": "mc-more", text: t.loadMore,
      onclick: function (event) { event.target.disabled = true; self.loadThreads(true); } }) : null;
    return h("div", null, list, more);
  };

  Widget.prototype.renderComment = function (node, depth) {
    var self = this;
    var t = this.t;
    var item = h("li", { "class": "mc-comment", "data-comment-id": String(node.id), "data-depth": String(depth) });
    if (node.removed) {
      item.appendChild(h("p", { "class": "mc-removed", text: t.removed }));
    } else {
      item.appendChild(h("div", { "class": "mc-meta" },
        h("span", { "class": "mc-author", text: node.author }),
        h("time", { datetime: node.created_at, text: formatTime(node.created_at, this.lang) }),
        node.edited_at ? h("span", { "class": "mc-edited", text: t.edited }) : null));
      if (this.editing === node.id) {
        item.appendChild(this.editForm(node.id, node.body));
      } else {
        item.appendChild(h("p", { "class": "mc-body", text: node.body }));
        item.appendChild(this.commentActions(node, depth));
      }
    }
    if (this.openReply === node.id) { item.appendChild(this.form(node.id)); }
    if (node.replies && node.replies.length) {
      var replies = h("ol", { "class": "mc-replies" });
      node.replies.forEach(function (reply) { replies.appendChild(self.renderComment(reply, depth + 1)); });
      item.appendChild(replies);
    }
    return item;
  };

  Widget.prototype.commentActions = function (node, depth) {
    var self = this;
    var t = this.t;
    var bar = h("div", { "class": "mc-actions" });
    if (!this.account) { return bar; }
    if (this.articleOpen && depth < MAX_DEPTH && this.account.may_comment) {
      bar.appendChild(h("button", { type: "button", "class": "mc-link", text: t.reply,
        onclick: function () { self.openReply = node.id; self.render(); } }));
    }
    if (this.mineIds[node.id]) { return this.ownActions(node.id, bar); }
    var box = h("span", { "class": "mc-report" });
    box.appendChild(h("button", { type: "button", "class": "mc-link", text: t.report,
      onclick: function () { box.replaceChildren(self.reportForm(node.id, box)); } }));
    bar.appendChild(box);
    return bar;
  };

  Widget.prototype.reportForm = function (commentId, box) {
    var self = this;
    var t = this.t;
    var select = h("select", { name: "reason", "aria-label": t.reasonLabel });
    Object.keys(t.reportReasons).forEach(function (key) {
      select.appendChild(h("option", { value: key, text: t.reportReasons[key] }));
    });
    var form = h("form", { "class": "mc-report-form" }, select,
      h("button", { type: "submit", "class": "mc-link", text: t.reportSend }));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.report(commentId, select.value, box);
    });
    return form;
  };

  function countComments(nodes) {
    return nodes.reduce(function (sum, node) {
      return sum + (node.removed ? 0 : 1) + countComments(node.replies || []);
    }, 0);
  }

  function formatTime(iso, lang) {
    try {
      return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "de-DE",
        { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
    } catch (e) { return iso; }
  }

  function formatClock(iso, lang) {
    try {
      return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "de-DE",
        { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
    } catch (e) { return iso; }
  }

  function setBusy(form, busy, label) {
    var button = form.querySelector("button[type=submit]");
    if (!button) { return; }
    if (busy) { button.dataset.label = button.textContent; button.textContent = label; }
    else if (button.dataset.label) { button.textContent = button.dataset.label; }
    button.disabled = busy;
    var old = form.querySelector(".mc-error");
    if (old) { old.remove(); }
  }

  // Constructed stylesheets need no style-src exception in the host's CSP. Old browsers
  // without them get a <style> element (fine on pages without a strict style-src).
  function attachStyles(root) {
    if (window.CSSStyleSheet && "adoptedStyleSheets" in Document.prototype && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(h("style", { text: CSS }));
    }
  }

  var CSS = [
    ":host{all:initial;display:block;color:#1f2430;font:16px/1.55 Georgia,'Times New Roman',serif}",
    ".mc{max-width:46rem;margin:2.5rem 0 1rem;border-top:3px solid #1f2430;padding-top:.75rem}",
    ".mc-title{font:700 1.35rem/1.2 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 0 1rem;display:flex;gap:.6rem;align-items:baseline}",
    ".mc-count{font-weight:400;font-size:.95rem;color:#5b6475}",
    "p{margin:.35rem 0}",
    ".mc-signin,.mc-closed,.mc-empty,.mc-notice{font-family:system-ui,sans-serif;font-size:.95rem;color:#4a5263;background:#f3f4f7;border-radius:6px;padding:.7rem .9rem}",
    ".mc-who{font:600 .9rem system-ui,sans-serif;color:#4a5263;margin-bottom:.4rem}",
    ".mc-form{margin:.5rem 0 1.25rem}",
    "textarea{box-sizing:border-box;width:100%;font:inherit;font-size:1rem;padding:.6rem .7rem;border:1px solid #b9c0cc;border-radius:6px;resize:vertical;background:#fff;color:inherit}",
    "textarea:focus{outline:2px solid #0b5cad;outline-offset:1px}",
    ".mc-actions{display:flex;gap:.75rem;align-items:center;margin-top:.35rem;font:.85rem system-ui,sans-serif}",
    "button{font:600 .85rem system-ui,sans-serif;cursor:pointer}",
    ".mc-primary{background:#0b5cad;color:#fff;border:0;border-radius:6px;padding:.5rem 1rem}",
    ".mc-primary:disabled{background:#7d97b8;cursor:wait}",
    ".mc-link{background:none;border:0;padding:0;color:#0b5cad;text-decoration:underline}",
    ".mc-more{margin:1rem 0;background:#fff;border:1px solid #0b5cad;color:#0b5cad;border-radius:6px;padding:.45rem .9rem}",
    "ol,ul{list-style:none;margin:0;padding:0}",
    ".mc-comment{padding:.8rem 0 .2rem;border-bottom:1px solid #e3e6ec}",
    ".mc-replies{margin-left:1.25rem;padding-left:.9rem;border-left:2px solid #e3e6ec}",
    ".mc-replies .mc-comment:last-child{border-bottom:0}",
    ".mc-meta{display:flex;gap:.6rem;align-items:baseline;font:.82rem system-ui,sans-serif;color:#5b6475}",
    ".mc-author{font-weight:700;color:#1f2430}",
    ".mc-edited{font-style:italic}",
    ".mc-body{white-space:pre-wrap;overflow-wrap:anywhere}",
    ".mc-removed{font:italic .9rem system-ui,sans-serif;color:#7a8291}",
    ".mc-mine{background:#fff8e6;border:1px solid #f0d48a;border-radius:8px;padding:.6rem .9rem;margin:0 0 1.25rem}",
    ".mc-mine h3{font:700 .9rem system-ui,sans-serif;margin:.2rem 0 .4rem}",
    ".mc-own{padding:.4rem 0;border-top:1px solid #f0e0b0}",
    ".mc-own:first-child{border-top:0}",
    ".mc-badge{display:inline-block;font:700 .72rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;border-radius:999px;padding:.1rem .55rem;background:#8a5a00;color:#fff}",
    ".mc-rejected .mc-badge{background:#b3261e}",
    ".mc-hint{font:.85rem system-ui,sans-serif;color:#5b4a1a}",
    ".mc-error{color:#b3261e;font:.85rem system-ui,sans-serif}",
    ".mc-ok{color:#2f7d32;font:.85rem system-ui,sans-serif}",
    ".mc-report-form{display:inline-flex;gap:.4rem;align-items:center}",
    ".mc-actions{flex-wrap:wrap}",
    ".mc-window{color:#5b6475;font-size:.78rem}",
    ".mc-edit-form{margin:.4rem 0 .6rem}",
    ".mc-own .mc-edited{font:italic .78rem system-ui,sans-serif;color:#5b4a1a;margin-left:.4rem}",
    ".mc-confirm{display:inline-flex;flex-wrap:wrap;gap:.6rem;align-items:center;background:#fdecea;border:1px solid #f1b8b3;border-radius:6px;padding:.3rem .6rem;color:#5c1410}",
    ".mc-danger{background:#b3261e;color:#fff;border:0;border-radius:6px;padding:.3rem .75rem}",
    ".mc-danger:disabled{background:#d58a85;cursor:wait}",
    "select{font:.85rem system-ui,sans-serif}"
  ].join("\n");

  var widgets = [];

  function mount(element) {
    var options = {
      site: element.dataset.site, article: element.dataset.article,
      lang: element.dataset.lang, articleTitle: element.dataset.articleTitle
    };
    if (!options.site || !options.article) { return null; }
    var widget = new Widget(options);
    widget.explicitLang = Boolean(element.dataset.lang);
    var target = element.dataset.target ? document.querySelector(element.dataset.target) : null;
    if (target) { target.appendChild(widget.host); }
    else { element.parentNode.insertBefore(widget.host, element.nextSibling); }
    widgets.push(widget);
    widget.start(element.dataset.ssoToken);
    return widget;
  }

  window.ModerationComments = {
    /** Sign every widget on the page in with a JWT from the site's back end. */
    signIn: function (token) {
      // A token is good for one exchange (its jti): the first widget signs in, the rest share.
      if (!widgets.length) { return Promise.reject(new Error("no widget on this page")); }
      return widgets[0].signIn(token).then(function () {
        return Promise.all(widgets.slice(1).map(function (w) {
          w.token = widgets[0].token;
          w.account = widgets[0].account;
          return w.loadMine();
        }));
      });
    },
    signOut: function () { widgets.forEach(function (w) { w.signOut(); }); },
    widgets: widgets
  };

  mount(script);
})();
