// Network meetings: pick a network, see its series and their meetings with hosts, open a meeting to
// answer (yes, maybe, no) and propose agenda items; coordinators start a series. Talks to
// /api/meetings, /api/calendar and the public SPARQL endpoint; joins the meeting's chat room first
// when answering or proposing, as the hub asks. Everything is set as text, never HTML.
(() => {
  "use strict";

  const { element, format, session: currentSession, call, labels, shownTime } = window.kurkiaura;
  const DEFAULT_NETWORK = "https://kurkiaura.fi/id/network/tyohame";

  let messages = {};
  let lang = "fi";
  let session = { authenticated: false };
  let openMeeting = null;

  const $ = (id) => document.getElementById(id);
  const text = (key, ...args) => format(messages, key, ...args);
  const say = (id, message) => { $(id).textContent = message; };
  const api = (method, path, body) => call(method, path, body, session.csrfToken);

  function network() {
    return $("meetings-network").value || DEFAULT_NETWORK;
  }

  function coordinates() {
    return session.authenticated && (session.roles || []).some((role) => role === "coordinator" || role === "admin");
  }

  async function sparqlRows(query) {
    const response = await fetch(`/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: "application/sparql-results+json" } });
    return response.ok ? (await response.json()).results.bindings : [];
  }

  async function fillNetworks() {
    const rows = await sparqlRows(`PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?network ?label WHERE { ?network a org:OrganizationalCollaboration ; rdfs:label ?label FILTER(lang(?label) = ${JSON.stringify(lang)}) }
      ORDER BY ?label`);
    const select = $("meetings-network");
    const chosen = select.value || DEFAULT_NETWORK;
    select.replaceChildren(...rows.map((row) => element("option", { value: row.network.value, text: row.label.value })));
    select.value = chosen;
  }

  async function fillHosts() {
    const rows = await sparqlRows(`PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?member (SAMPLE(?name) AS ?label) WHERE { <${network()}> org:hasMember ?member . ?member a/rdfs:subClassOf* org:Organization ;
      rdfs:label ?name FILTER(lang(?name) = ${JSON.stringify(lang)}) } GROUP BY ?member ORDER BY ?label`);
    $("series-hosts").replaceChildren(...rows.map((row, index) => {
      const id = `series-host-${index}`;
      const box = element("input", { type: "checkbox", id, value: row.member.value, checked: "checked" });
      return element("li", {}, box, element("label", { for: id, text: row.label.value }));
    }));
  }

  async function showSeriesList() {
    $("series-new").hidden = !coordinates();
    const answer = await api("GET", `/api/meetings/series?network=${encodeURIComponent(network())}`);
    const list = $("meetings-series");
    if (!answer.ok) {
      say("meetings-status", text("meetings.error", answer.data.error));
      return;
    }
    say("meetings-status", answer.data.length === 0 ? text("meetings.none") : "");
    list.replaceChildren(...answer.data.map((series) => {
      const open = element("button", { type: "button", text: series.title, dataset: { series: series.id } });
      open.addEventListener("click", () => showSeries(series));
      return element("li", {}, open);
    }));
    if (coordinates()) {
      await fillHosts();
    }
    if (answer.data.length > 0) {
      await showSeries(answer.data[answer.data.length - 1]);
    } else {
      $("series-view").hidden = true;
    }
  }

  async function showSeries(series) {
    $("series-view").hidden = false;
    $("series-view").dataset.series = series.id;
    say("series-title-shown", series.title);
    say("series-rule-shown", text("meetings.every", series.rrule));
    const answer = await api("GET", `/api/meetings/series/${series.id}/meetings`);
    const meetings = answer.ok ? answer.data : [];
    const names = await labels(meetings.map((meeting) => meeting.host), lang);
    $("series-meetings").querySelector("tbody").replaceChildren(...meetings.map((meeting) => {
      const state = meeting.cancelled ? text("meetings.cancelled") : meeting.moved ? text("meetings.moved") : text("meetings.scheduled");
      const open = element("button", { type: "button", text: text("meetings.open") });
      open.addEventListener("click", () => showMeeting(meeting.id));
      return element("tr", { dataset: { meeting: meeting.id } }, element("td", { text: shownTime(meeting.start) }),
        element("td", { text: names[meeting.host] || meeting.host || "–" }), element("td", { text: state }), element("td", {}, open));
    }));
    const link = $("series-calendar");
    link.hidden = true;
    if (session.authenticated) {
      const feed = await api("GET", `/api/calendar/links?network=${encodeURIComponent(series.network)}`);
      if (feed.ok) {
        link.href = feed.data.webcal;
        link.hidden = false;
      }
    }
  }

  async function showMeeting(id) {
    const [meeting, agenda] = await Promise.all([api("GET", `/api/meetings/${id}`), api("GET", `/api/meetings/${id}/agenda`)]);
    if (!meeting.ok) {
      say("meetings-status", text("meetings.error", meeting.data.error));
      return;
    }
    openMeeting = meeting.data;
    const view = $("meeting-view");
    view.hidden = false;
    view.dataset.meeting = id;
    const carried = agenda.ok ? agenda.data.carriedOver : [];
    const names = await labels([openMeeting.host, ...carried.map((action) => action.owner)], lang);
    say("meeting-title", $("series-title-shown").textContent);
    say("meeting-when", `${shownTime(openMeeting.start)}–${openMeeting.end.split("T")[1].slice(0, 5)}`);
    say("meeting-host", `${text("meetings.host")}: ${names[openMeeting.host] || openMeeting.host || "–"}`);
    say("meeting-status", session.authenticated ? "" : text("meetings.login"));
    const items = agenda.ok ? agenda.data.items : [];
    $("meeting-agenda").replaceChildren(...(items.length === 0 ? [element("li", { class: "empty", text: text("meetings.agenda.empty") })]
      : items.map((item) => element("li", { dataset: { item: item.id }, text: item.decision ? `${item.title} – ${item.decision}` : item.title }))));
    $("meeting-carried").replaceChildren(...carried.map((action) => element("li", {
      text: text("meetings.carried", action.what, names[action.owner] || action.owner, action.due),
    })));
    await showAnswers();
  }

  async function showAnswers() {
    const list = $("meeting-answers");
    list.replaceChildren();
    if (!session.authenticated || !openMeeting) {
      return;
    }
    const answers = await api("GET", `/api/meetings/${openMeeting.id}/rsvp`);
    if (answers.ok) {
      list.replaceChildren(...answers.data.map((answer) => element("li", {
        dataset: { response: answer.response }, text: `${answer.name}: ${text(`meetings.rsvp.${answer.response}`)}`,
      })));
    }
  }

  /** Members answer and propose in the meeting's room; joining a room is open to every member. */
  async function joinTheRoom() {
    if (openMeeting.room) {
      await api("POST", `/api/chat/conversations/${openMeeting.room}/members`, {});
    }
  }

  async function answer(response) {
    if (!session.authenticated) {
      say("meeting-status", text("meetings.login"));
      return;
    }
    await joinTheRoom();
    const saved = await api("PUT", `/api/meetings/${openMeeting.id}/rsvp`, { response });
    say("meeting-status", saved.ok ? text("meetings.answered") : text("meetings.error", saved.data.error));
    await showAnswers();
  }

  async function propose(event) {
    event.preventDefault();
    if (!session.authenticated) {
      say("meeting-status", text("meetings.login"));
      return;
    }
    await joinTheRoom();
    const field = $("agenda-title");
    const proposed = await api("POST", `/api/meetings/${openMeeting.id}/agenda`, { title: field.value });
    if (proposed.ok) {
      field.value = "";
      await showMeeting(openMeeting.id);
      say("meeting-status", text("meetings.proposed"));
    } else {
      say("meeting-status", text("meetings.error", proposed.data.error));
    }
  }

  async function startSeries(event) {
    event.preventDefault();
    const form = event.target;
    const start = form.start.value;
    const body = {
      network: network(), title: form.title.value, lang, rrule: form.rrule.value, start, end: `${start.split("T")[0]}T${form.end.value}`,
      hosts: [...$("series-hosts").querySelectorAll("input:checked")].map((box) => box.value),
    };
    if (form.online.value) {
      body.online = form.online.value;
    }
    const started = await api("POST", "/api/meetings/series", body);
    if (!started.ok) {
      say("meetings-status", text("meetings.error", started.data.error));
      return;
    }
    const clashes = (started.data.clashes || []).flatMap((clash) => clash.with.map((other) => other.label));
    await showSeriesList();
    await showSeries(started.data);
    const laidOut = $("series-meetings").querySelectorAll("tbody tr").length;
    say("meetings-status", [text("meetings.created", laidOut), clashes.length ? text("meetings.clashes", [...new Set(clashes)].join(", ")) : ""]
      .filter(Boolean).join(" "));
    form.reset();
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("meetings-network").addEventListener("change", () => {
      $("meeting-view").hidden = true;
      showSeriesList();
      document.dispatchEvent(new CustomEvent("kurkiaura:network", { detail: { network: network() } }));
    });
    $("meeting-rsvp").querySelectorAll("button[data-response]").forEach((button) => {
      button.addEventListener("click", () => answer(button.dataset.response));
    });
    $("agenda-form").addEventListener("submit", propose);
    $("series-form").addEventListener("submit", startSeries);
  });

  document.addEventListener("kurkiaura:language", async (event) => {
    messages = event.detail.messages;
    lang = event.detail.lang;
    session = await currentSession();
    await fillNetworks();
    await showSeriesList();
    if (openMeeting) {
      await showMeeting(openMeeting.id);
    }
    $("meetings").dataset.ready = lang;
  });
})();
