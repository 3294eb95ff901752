// The network map: organisations, units, networks, projects and services of the graph and their
// links, drawn with Cytoscape.js (a WebJar), filtered by municipality and topic. Clicking a node
// names it and links to its page. Labels go to the canvas as data, never as HTML.
(() => {
  "use strict";

  const { format } = window.kurkiaura;
  const COLOURS = { organisation: "#1f6f8b", unit: "#5fa8c4", network: "#c0392b", project: "#e67e22", service: "#27ae60" };

  let messages = {};
  let lang = "fi";
  let drawing = null;

  const $ = (id) => document.getElementById(id);
  const text = (key, ...args) => format(messages, key, ...args);

  async function draw(event) {
    if (event) {
      event.preventDefault();
    }
    const filters = new URLSearchParams({ lang });
    ["municipality", "topic"].forEach((name) => {
      const value = $(`map-${name}`).value;
      if (value) {
        filters.set(name, value);
      }
    });
    const response = await fetch(`/api/graph/map?${filters}`, { headers: { Accept: "application/json" } });
    const map = await response.json();
    if (!response.ok) {
      $("map-status").textContent = map.error;
      return;
    }
    $("map-status").textContent = map.nodes.length === 0 ? text("map.none") : text("map.count", map.nodes.length, map.edges.length);
    const elements = [
      ...map.nodes.map((node) => ({ group: "nodes", data: { id: node.id, label: node.label, kind: node.kind } })),
      ...map.edges.map((edge, index) => ({ group: "edges", data: { id: `e${index}`, source: edge.source, target: edge.target, relation: edge.relation } })),
    ];
    if (drawing) {
      drawing.destroy();
    }
    drawing = window.cytoscape({
      container: $("map-canvas"),
      elements,
      layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 80 },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 110, width: 14, height: 14,
          "background-color": (node) => COLOURS[node.data("kind")] || "#777" } },
        { selector: "node[kind = 'network']", style: { width: 24, height: 24, shape: "round-rectangle" } },
        { selector: "edge", style: { width: 1, "line-color": "#b8c4cc", "curve-style": "haystack" } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#111" } },
      ],
    });
    drawing.on("tap", "node", (tap) => {
      const node = tap.target;
      const link = document.createElement("a");
      link.href = node.id().replace("https://kurkiaura.fi", "");
      link.textContent = node.data("label");
      $("map-selected").replaceChildren(link, ` (${text(`kind.${node.data("kind")}`)})`);
    });
    $("network-map").dataset.nodes = String(map.nodes.length);
  }

  document.addEventListener("DOMContentLoaded", () => $("map-filters").addEventListener("submit", draw));
  document.addEventListener("kurkiaura:language", async (event) => {
    messages = event.detail.messages;
    lang = event.detail.lang;
    await draw();
  });
})();
