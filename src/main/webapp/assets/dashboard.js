// The coordinators' dashboard: the chosen network's coming meetings with hosts, answers and agenda
// lengths, its open actions, the clashing events from today, participation per organisation over
// the last year, and the who-does-what matrix (target group × municipality) with its gaps marked.
// Shown to coordinators and admins only. Everything is set as text, never HTML.
(() => {
  "use strict";

  const { element, format, session: currentSession, call, labels, shownTime } = window.kurkiaura;

  let messages = {};
  let lang = "fi";
  let session = { authenticated: false };

  const $ = (id) => document.getElementById(id);
  const text = (key, ...args) => format(messages, key, ...args);
  const api = (path) => call("GET", path, undefined, session.csrfToken);

  function network() {
    return $("meetings-network").value || "https://kurkiaura.fi/id/network/tyohame";
  }

  function listOrNone(list, items) {
    list.replaceChildren(...(items.length ? items : [element("li", { class: "empty", text: text("dashboard.none") })]));
  }

  async function showComing() {
    const coming = await api(`/api/meetings/coming?network=${encodeURIComponent(network())}`);
    const rows = coming.ok ? coming.data : [];
    const names = await labels(rows.map((meeting) => meeting.host), lang);
    $("dashboard-coming").querySelector("tbody").replaceChildren(...rows.map((meeting) => element("tr", { dataset: { meeting: meeting.meeting } },
      element("td", { text: `${shownTime(meeting.start)} ${meeting.title}` }), element("td", { text: names[meeting.host] || meeting.host || "–" }),
      element("td", { class: "answers", text: text("meetings.answers", meeting.yes, meeting.maybe, meeting.no) }),
      element("td", { class: "agenda-size", text: String(meeting.agendaItems) }))));
  }

  async function showActions() {
    const actions = await api(`/api/actions?network=${encodeURIComponent(network())}`);
    const open = actions.ok ? actions.data : [];
    const names = await labels(open.map((action) => action.owner), lang);
    listOrNone($("dashboard-actions"), open.map((action) => element("li", { text: text("dashboard.action", action.what,
      names[action.owner] || action.owner, shownTime(action.due)) })));
  }

  async function showClashes() {
    const clashes = await api("/api/graph/reports/clashes");
    const pairs = clashes.ok ? clashes.data : [];
    listOrNone($("dashboard-clashes"), pairs.map((pair) => element("li", { text: text("dashboard.clash",
      `${pair.first.label} (${shownTime(pair.first.start)})`, `${pair.second.label} (${shownTime(pair.second.start)})`,
      pair.shared.map((shared) => shared.label).join(", ")) })));
  }

  async function showParticipation() {
    const participation = await api(`/api/meetings/participation?network=${encodeURIComponent(network())}`);
    const rows = participation.ok ? participation.data : [];
    const names = await labels(rows.map((row) => row.organisation), lang);
    $("dashboard-participation").querySelector("tbody").replaceChildren(...rows.map((row) => element("tr", {},
      element("td", { text: names[row.organisation] || row.organisation }), element("td", { text: text("dashboard.attendedOf", row.attended, row.held) }))));
  }

  async function showMatrix() {
    const coverage = await api(`/api/graph/reports/coverage?lang=${lang}`);
    const cells = coverage.ok ? coverage.data : [];
    const municipalities = [...new Map(cells.map((cell) => [cell.municipality, cell.municipalityLabel])).entries()];
    const groups = [...new Map(cells.map((cell) => [cell.targetGroup, cell.targetGroupLabel])).entries()];
    const count = new Map(cells.map((cell) => [`${cell.targetGroup} ${cell.municipality}`, cell.services]));
    const head = element("tr", {}, element("th", { text: "" }), ...municipalities.map(([, label]) => element("th", { scope: "col", text: label })));
    const body = groups.map(([group, label]) => element("tr", {}, element("th", { scope: "row", text: label }),
      ...municipalities.map(([municipality]) => {
        const services = count.get(`${group} ${municipality}`) || 0;
        return element("td", { class: services === 0 ? "gap" : "covered", text: services === 0 ? "" : String(services) });
      })));
    $("dashboard-matrix").replaceChildren(element("thead", {}, head), element("tbody", {}, ...body));
  }

  async function refresh() {
    const section = $("dashboard");
    const allowed = session.authenticated && (session.roles || []).some((role) => role === "coordinator" || role === "admin");
    section.hidden = !allowed;
    $("nav-dashboard").hidden = !allowed;
    if (!allowed) {
      return;
    }
    await Promise.all([showComing(), showActions(), showClashes(), showParticipation(), showMatrix()]);
    section.dataset.ready = `${lang} ${network()}`;
  }

  document.addEventListener("kurkiaura:network", refresh);
  document.addEventListener("kurkiaura:language", async (event) => {
    messages = event.detail.messages;
    lang = event.detail.lang;
    session = await currentSession();
    await refresh();
  });
})();
