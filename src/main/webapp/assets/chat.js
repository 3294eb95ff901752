// The chat: one WebSocket to /ws/chat (the session cookie authenticates it), the conversation list
// with unread counts, and the conversation view with history, live messages, edits, deletions and
// reactions. Nothing is lost across a broken connection: it reconnects with growing pauses,
// subscribes again from the last sequence it has, and resends what was never acknowledged, with the
// same ids, which the server stores only once (docs/chat-protocol.md). Text is set as text, never
// as HTML; links in messages become links.
(() => {
  "use strict";

  const state = {
    socket: null, account: null, messages: {}, conversations: [], current: null,
    logs: new Map(), pending: new Map(), retryMillis: 1000, lastTyping: 0, typingTimer: null, editing: null,
  };

  function t(key, ...values) {
    let text = state.messages[key] !== undefined ? state.messages[key] : key;
    values.forEach((value, index) => { text = text.replace(`{${index}}`, value); });
    return text;
  }

  function element(tag, text, className) {
    const created = document.createElement(tag);
    if (text !== undefined && text !== null) {
      created.textContent = text;
    }
    if (className) {
      created.className = className;
    }
    return created;
  }

  function status(text) {
    document.getElementById("chat-status").textContent = text;
  }

  function send(frame) {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function log(conversation) {
    if (!state.logs.has(conversation)) {
      state.logs.set(conversation, { lastSeq: 0, oldest: null, messages: new Map() });
    }
    return state.logs.get(conversation);
  }

  // --- the connection -----------------------------------------------------------------------

  async function checkSession() {
    const response = await fetch("/api/session", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const session = response.ok ? await response.json() : { authenticated: false };
    state.account = session.authenticated ? session.account : null;
    state.csrfToken = session.csrfToken || null;
    document.getElementById("chat-login").hidden = state.account !== null;
    document.getElementById("chat-app").hidden = state.account === null;
    if (state.account && !state.socket) {
      connect();
    } else if (!state.account && state.socket) {
      const socket = state.socket;
      state.socket = null;
      socket.close();
      status("");
    }
  }

  function connect() {
    status(t("chat.connecting"));
    const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws/chat`);
    state.socket = socket;
    socket.addEventListener("message", (event) => receive(JSON.parse(event.data)));
    socket.addEventListener("close", () => {
      if (state.socket !== socket) {
        return;
      }
      state.socket = null;
      status(t("chat.reconnecting"));
      setTimeout(() => { if (state.account && !state.socket) { connect(); } }, state.retryMillis);
      state.retryMillis = Math.min(state.retryMillis * 2, 10000);
    });
  }

  function resume() {
    send({ type: "list" });
    if (state.current !== null) {
      send({ type: "subscribe", conversation: state.current, after: log(state.current).lastSeq });
    }
    state.pending.forEach((message) => send({ type: "send", conversation: message.conversation, id: message.id, text: message.text }));
  }

  // --- what the server says -----------------------------------------------------------------

  function receive(frame) {
    switch (frame.type) {
      case "welcome":
        status("");
        state.retryMillis = 1000;
        resume();
        break;
      case "conversations":
        state.conversations = frame.conversations;
        renderList();
        break;
      case "joined":
      case "declined":
        send({ type: "list" });
        break;
      case "admitted":
        send({ type: "list" });
        status(t("chat.admitted"));
        break;
      case "join-request":
        status(t("chat.joinRequest", frame.displayName));
        if (state.current === frame.conversation && document.getElementById("chat-manage").open) {
          renderManagement();
        }
        break;
      case "replay":
      case "history":
        frame.events.forEach((event) => apply(frame.conversation, event));
        if (frame.type === "history" && frame.events.length > 0) {
          log(frame.conversation).oldest = frame.events[0].seq;
          document.getElementById("chat-older").hidden = !frame.more;
        }
        renderMessages();
        break;
      case "subscribed":
        markRead();
        break;
      case "event":
        apply(frame.conversation, frame.event);
        renderMessages();
        markRead();
        break;
      case "ack":
        state.pending.delete(frame.id);
        renderMessages();
        break;
      case "typing":
        if (frame.conversation === state.current) {
          showTyping(frame.name);
        }
        break;
      case "mention":
        send({ type: "list" });
        break;
      case "removed":
        if (frame.conversation === state.current) {
          state.current = null;
          document.getElementById("chat-view").hidden = true;
        }
        send({ type: "list" });
        break;
      case "error":
        status(frame.message);
        break;
      default:
        break;
    }
  }

  /** Folds one event of the log into what is shown: messages, their edits, deletions and reactions. */
  function apply(conversation, event) {
    const entries = log(conversation);
    entries.lastSeq = Math.max(entries.lastSeq, event.seq);
    if (event.kind === "message") {
      if (!entries.messages.has(event.seq)) {
        entries.messages.set(event.seq, { seq: event.seq, author: event.author, authorName: event.authorName,
          text: event.text, at: event.at, edited: false, deleted: false, reactions: new Map() });
      }
      return;
    }
    const message = entries.messages.get(event.messageSeq);
    if (!message) {
      return;
    }
    if (event.kind === "edit") {
      message.text = event.text;
      message.edited = true;
    } else if (event.kind === "delete") {
      message.deleted = true;
      message.text = null;
    } else if (event.kind === "reaction") {
      const count = (message.reactions.get(event.text) || 0) + (event.removed ? -1 : 1);
      message.reactions.set(event.text, Math.max(0, count));
    }
  }

  // --- showing it ---------------------------------------------------------------------------

  function renderList() {
    const list = document.getElementById("chat-conversations");
    list.replaceChildren();
    state.conversations.forEach((conversation) => {
      const item = element("li");
      item.dataset.conversation = conversation.id;
      if (conversation.member) {
        const open = element("button", conversation.title);
        open.type = "button";
        open.addEventListener("click", () => openConversation(conversation.id));
        item.append(open);
        if (conversation.unread > 0) {
          item.append(element("span", String(conversation.unread), "unread"));
        }
      } else if (conversation.kind === "peer_group") {
        item.append(element("span", `${conversation.title} (${t("chat.peerGroup")})`));
        if (conversation.requested) {
          item.append(element("span", t("chat.asked"), "asked"));
        } else {
          item.append(action(t("chat.askToJoin"), "chat.askToJoin", () => askToJoin(conversation)));
        }
      } else {
        item.append(element("span", conversation.title));
        item.append(action(t("chat.join"), "chat.join", () => send({ type: "join", conversation: conversation.id })));
      }
      list.append(item);
    });
  }

  function openConversation(id) {
    if (state.current !== null && state.current !== id) {
      send({ type: "unsubscribe", conversation: state.current });
    }
    state.current = id;
    state.editing = null;
    const conversation = state.conversations.find((candidate) => candidate.id === id);
    document.getElementById("chat-title").textContent = conversation ? conversation.title : "";
    document.getElementById("chat-view").hidden = false;
    document.getElementById("chat-older").hidden = true;
    const manage = document.getElementById("chat-manage");
    manage.hidden = !conversation || conversation.role !== "moderator";
    manage.open = false;
    renderMessages();
    const entries = log(id);
    if (entries.lastSeq === 0 && conversation && conversation.lastSeq > 0) {
      // First time here: the newest page of history, then live from the end of it.
      send({ type: "history", conversation: id, before: conversation.lastSeq + 1, limit: 50 });
      send({ type: "subscribe", conversation: id, after: conversation.lastSeq });
    } else {
      send({ type: "subscribe", conversation: id, after: entries.lastSeq });
    }
  }

  function renderMessages() {
    if (state.current === null) {
      return;
    }
    const list = document.getElementById("chat-messages");
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    list.replaceChildren();
    const entries = log(state.current);
    [...entries.messages.values()].sort((a, b) => a.seq - b.seq).forEach((message) => list.append(renderMessage(message)));
    state.pending.forEach((message) => {
      if (message.conversation === state.current) {
        const item = element("li", null, "pending");
        item.append(element("span", state.account.displayName, "author"), element("span", message.text));
        list.append(item);
      }
    });
    if (atBottom) {
      list.scrollTop = list.scrollHeight;
    }
  }

  function renderMessage(message) {
    const item = element("li");
    item.dataset.seq = message.seq;
    item.append(element("span", message.authorName || t("chat.deletedUser"), "author"));
    if (message.deleted || message.text === null) {
      item.append(element("span", t("chat.deleted"), "deleted"));
    } else {
      item.append(linked(message.text));
      if (state.account && message.text.toLowerCase().includes(`@${state.account.displayName.toLowerCase()}`)) {
        item.classList.add("mention");
      }
    }
    if (message.edited && !message.deleted) {
      item.append(element("span", t("chat.edited"), "meta"));
    }
    message.reactions.forEach((count, emoji) => {
      if (count > 0) {
        item.append(element("span", `${emoji} ${count}`, "meta"));
      }
    });
    item.append(element("time", new Date(message.at).toLocaleTimeString(document.documentElement.lang), "meta"));
    if (!message.deleted) {
      item.append(actions(message));
    }
    return item;
  }

  /** What one may do with a message: react, edit and delete one's own (moderators: delete any), report others'. */
  function actions(message) {
    const own = state.account && message.author === state.account.id;
    const conversation = state.conversations.find((candidate) => candidate.id === state.current);
    const moderator = conversation && conversation.role === "moderator";
    const bar = element("span", null, "actions");
    bar.append(action("👍", "chat.react", () => send({ type: "react", conversation: state.current, seq: message.seq, emoji: "👍", on: true })));
    if (own) {
      bar.append(action(t("chat.edit"), "chat.edit", () => {
        state.editing = message.seq;
        const input = document.getElementById("chat-text");
        input.value = message.text;
        input.focus();
      }));
    }
    if (own || moderator) {
      bar.append(action(t("chat.delete"), "chat.delete", () => {
        if (window.confirm(t("chat.deleteConfirm"))) {
          send({ type: "delete", conversation: state.current, seq: message.seq });
        }
      }));
    }
    if (!own) {
      bar.append(action(t("chat.report"), "chat.report", () => report(message)));
    }
    return bar;
  }

  function action(label, key, handler) {
    const button = element("button", label);
    button.type = "button";
    button.dataset.action = key;
    button.addEventListener("click", handler);
    return button;
  }

  /** A call to the chat's REST API as the logged-in user; refusals show in the status line, null returned. */
  async function api(method, path, body) {
    const response = await fetch(`/api/chat/${path}`, {
      method, credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": state.csrfToken || "" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({ error: response.statusText }));
      status(t("error.generic", problem.error));
      return null;
    }
    const answer = await response.text();
    return answer ? JSON.parse(answer) : {};
  }

  /** Opens (the first time) and shows the direct conversation with the bot, Kurki. */
  async function talkToKurki() {
    const response = await fetch("/api/bot/kurki", { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) {
      status(t("error.generic", response.statusText));
      return;
    }
    const kurki = await response.json();
    const direct = await api("POST", "direct", { with: kurki.account });
    if (direct) {
      if (!state.conversations.some((conversation) => conversation.id === direct.id)) {
        state.conversations.push(direct);
        renderList();
      }
      openConversation(direct.id);
    }
  }

  async function report(message) {
    const reason = window.prompt(t("chat.reportReason"));
    if (reason !== null && await api("POST", `conversations/${state.current}/reports`, { seq: message.seq, reason })) {
      status(t("chat.reported"));
    }
  }

  async function askToJoin(conversation) {
    const message = window.prompt(t("chat.askMessage"), "");
    if (message !== null && await api("POST", `conversations/${conversation.id}/requests`, { message })) {
      conversation.requested = true;
      status(t("chat.asked"));
      renderList();
    }
  }

  // --- moderating: members, and a peer group's join requests (moderators and facilitators only) ---

  async function renderManagement() {
    const id = state.current;
    const conversation = state.conversations.find((candidate) => candidate.id === id);
    const requests = document.getElementById("chat-requests");
    requests.replaceChildren();
    document.getElementById("chat-requests-title").hidden = conversation.kind !== "peer_group";
    if (conversation.kind === "peer_group") {
      const waiting = await api("GET", `conversations/${id}/requests`) || [];
      if (waiting.length === 0) {
        requests.append(element("li", t("chat.noRequests")));
      }
      waiting.forEach((request) => {
        const item = element("li");
        item.dataset.account = request.account;
        item.append(element("strong", request.displayName));
        if (request.message) {
          item.append(element("q", request.message));
        }
        item.append(action(t("chat.approve"), "chat.approve", () => manage(`conversations/${id}/requests/${request.account}/approve`, "POST")));
        item.append(action(t("chat.decline"), "chat.decline", () => manage(`conversations/${id}/requests/${request.account}/decline`, "POST")));
        requests.append(item);
      });
    }
    const members = document.getElementById("chat-members");
    members.replaceChildren();
    (await api("GET", `conversations/${id}/members`) || []).forEach((member) => {
      const item = element("li");
      item.dataset.account = member.accountId;
      item.append(element("span", member.role === "MODERATOR" ? `${member.displayName} (${t("chat.moderator")})` : member.displayName));
      if (member.accountId !== state.account.id && member.role !== "MODERATOR") {
        item.append(action(t("chat.mute"), "chat.mute", () => manage(`conversations/${id}/members/${member.accountId}/mute`, "POST", { minutes: 60 })));
        item.append(action(t("chat.kick"), "chat.kick", () => manage(`conversations/${id}/members/${member.accountId}`, "DELETE")));
        item.append(action(t("chat.ban"), "chat.ban", () => {
          const reason = window.prompt(t("chat.banReason"));
          if (reason !== null) {
            manage(`conversations/${id}/bans`, "POST", { account: member.accountId, reason });
          }
        }));
      }
      members.append(item);
    });
  }

  async function manage(path, method, body) {
    if (await api(method, path, body)) {
      status(t("chat.done"));
      renderManagement();
    }
  }

  /** The text with its web addresses as links; everything else stays text. */
  function linked(text) {
    const span = element("span", null, "text");
    let rest = text;
    const address = /https?:\/\/[^\s<>"]+/;
    let found = address.exec(rest);
    while (found) {
      span.append(document.createTextNode(rest.slice(0, found.index)));
      const link = element("a", found[0]);
      link.href = found[0];
      link.rel = "noopener noreferrer nofollow";
      span.append(link);
      rest = rest.slice(found.index + found[0].length);
      found = address.exec(rest);
    }
    span.append(document.createTextNode(rest));
    return span;
  }

  function showTyping(name) {
    document.getElementById("chat-typing").textContent = t("chat.typing", name);
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(() => { document.getElementById("chat-typing").textContent = ""; }, 4000);
  }

  function markRead() {
    if (state.current !== null && log(state.current).lastSeq > 0) {
      send({ type: "read", conversation: state.current, seq: log(state.current).lastSeq });
    }
  }

  // --- what the user does -------------------------------------------------------------------

  function write(event) {
    event.preventDefault();
    const input = document.getElementById("chat-text");
    const text = input.value.trim();
    if (!text || state.current === null) {
      return;
    }
    if (state.editing !== null) {
      send({ type: "edit", conversation: state.current, seq: state.editing, text });
      state.editing = null;
      input.value = "";
      return;
    }
    const id = (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`).replace(/[^A-Za-z0-9-]/g, "");
    state.pending.set(id, { id, conversation: state.current, text });
    input.value = "";
    renderMessages();
    send({ type: "send", conversation: state.current, id, text });
  }

  function typing() {
    const now = Date.now();
    if (state.current !== null && now - state.lastTyping > 3000) {
      state.lastTyping = now;
      send({ type: "typing", conversation: state.current });
    }
  }

  document.addEventListener("kurkiaura:language", (event) => {
    state.messages = event.detail.messages;
    renderList();
    renderMessages();
  });

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("chat-form").addEventListener("submit", write);
    document.getElementById("chat-kurki").addEventListener("click", talkToKurki);
    document.getElementById("chat-text").addEventListener("input", typing);
    document.getElementById("chat-manage").addEventListener("toggle", (event) => {
      if (event.target.open && state.current !== null) {
        renderManagement();
      }
    });
    document.getElementById("chat-older").addEventListener("click", () => {
      const oldest = log(state.current).oldest;
      if (oldest !== null) {
        send({ type: "history", conversation: state.current, before: oldest, limit: 50 });
      }
    });
    window.addEventListener("hashchange", checkSession);
    checkSession();
  });
})();
