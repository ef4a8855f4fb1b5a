/// The coordinator's dashboard: one self-contained HTML page (no external assets, works
/// offline) that polls `/status` every few seconds and draws its numbers, with charts as
/// inline SVG. With a worker token (typed into the page, or given as `/#token=…`; kept in the
/// browser's local storage) it also lists the workers and who found what.
enum Dashboard {
    static let html = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Lodestone coordinator</title>
        <style>
          body { font: 14px/1.4 system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1d232b; }
          header { background: #1d3557; color: #fff; padding: 12px 20px; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
          header h1 { font-size: 18px; margin: 0; }
          header .muted { color: #c9d3e0; }
          main { padding: 16px 20px; display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); }
          section { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; padding: 12px 14px; }
          section h2 { font-size: 14px; margin: 0 0 8px; color: #46505c; text-transform: uppercase; letter-spacing: .04em; }
          .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
          .card b { display: block; font-size: 22px; }
          .card span { color: #6a7480; font-size: 12px; }
          table { border-collapse: collapse; width: 100%; }
          td, th { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eef0f3; font-variant-numeric: tabular-nums; }
          th { color: #6a7480; font-weight: 600; }
          td.n, th.n { text-align: right; }
          svg text { font-size: 10px; fill: #46505c; }
          #errors { color: #b00020; white-space: pre-wrap; }
          .wide { grid-column: 1 / -1; }
          input { font: inherit; padding: 2px 6px; }
        </style>
        </head>
        <body data-loaded="0">
        <header>
          <h1>Lodestone coordinator</h1>
          <span class="muted" id="uptime">connecting…</span>
          <span class="muted" id="plan"></span>
          <span class="muted" id="updated"></span>
          <label class="muted">token <input id="token" type="password" size="24" placeholder="to see workers"></label>
        </header>
        <div id="errors"></div>
        <main>
          <section>
            <h2>Progress</h2>
            <div class="cards">
              <div class="card"><b id="programs">–</b><span>programs stored</span></div>
              <div class="card"><b id="finds-last-hour">–</b><span>finds in the last hour</span></div>
              <div class="card"><b id="candidates">–</b><span>candidates mined</span></div>
              <div class="card"><b id="units-leased">–</b><span>units leased</span></div>
              <div class="card"><b id="units-done">–</b><span>units done</span></div>
              <div class="card"><b id="units-expired">–</b><span>leases expired</span></div>
              <div class="card"><b id="workers-count">–</b><span>workers</span></div>
              <div class="card"><b id="queue">–</b><span>verifications waiting</span></div>
              <div class="card"><b id="running">–</b><span>verifying now</span></div>
            </div>
          </section>
          <section>
            <h2>Finds per hour (last 24 hours)</h2>
            <svg id="finds-chart" width="100%" height="150" viewBox="0 0 480 150" role="img" aria-label="finds per hour"></svg>
          </section>
          <section>
            <h2>Submissions</h2>
            <svg id="submissions-chart" width="100%" height="190" viewBox="0 0 480 190" role="img" aria-label="submissions by outcome"></svg>
            <table id="submissions"></table>
          </section>
          <section>
            <h2>Units</h2>
            <svg id="units-chart" width="100%" height="40" viewBox="0 0 480 40" role="img" aria-label="units by state"></svg>
            <table id="units"></table>
          </section>
          <section class="wide">
            <h2>Workers</h2>
            <table id="workers"><tr><td>Give a worker token above to see the workers.</td></tr></table>
          </section>
          <section class="wide">
            <h2>Latest finds</h2>
            <table id="latest"></table>
          </section>
        </main>
        <script>
        "use strict";
        const $ = (id) => document.getElementById(id);
        const errors = [];
        function showError(text) { errors.push(text); $("errors").textContent = errors.slice(-3).join("\n"); }
        window.addEventListener("error", (e) => showError("error: " + e.message));
        const fmt = (n) => Number(n).toLocaleString("en-US");
        function esc(s) { return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]); }
        function ago(seconds) {
          const s = Math.max(0, Math.round(Date.now() / 1000 - seconds));
          return s < 90 ? s + " s ago" : s < 5400 ? Math.round(s / 60) + " min ago" : Math.round(s / 3600) + " h ago";
        }
        function aNumber(n) { return "A" + String(n).padStart(6, "0"); }
        const svgNS = "http://www.w3.org/2000/svg";
        function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
        function add(parent, name, attributes, text) {
          const node = document.createElementNS(svgNS, name);
          for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
          if (text !== undefined) node.textContent = text;
          parent.appendChild(node);
          return node;
        }
        function barsVertical(svg, values, labels) {
          clear(svg);
          const max = Math.max(1, ...values), w = 480 / values.length;
          values.forEach((v, i) => {
            const h = Math.round(115 * v / max);
            const bar = add(svg, "rect", { x: i * w + 2, y: 125 - h, width: w - 4, height: h, fill: "#457b9d" });
            add(bar, "title", {}, labels[i] + ": " + v);
            if (v > 0) add(svg, "text", { x: i * w + w / 2, y: 120 - h, "text-anchor": "middle" }, String(v));
          });
          add(svg, "text", { x: 0, y: 142 }, labels[0]);
          add(svg, "text", { x: 480, y: 142, "text-anchor": "end" }, labels[labels.length - 1]);
        }
        function barsHorizontal(svg, rows) {
          clear(svg);
          const max = Math.max(1, ...rows.map((r) => r[1])), h = 190 / Math.max(rows.length, 1);
          rows.forEach(([label, v, color], i) => {
            add(svg, "text", { x: 0, y: i * h + h / 2 + 3 }, label);
            add(svg, "rect", { x: 120, y: i * h + 2, width: Math.max(v > 0 ? 2 : 0, 300 * v / max), height: h - 4, fill: color });
            add(svg, "text", { x: 124 + 300 * v / max, y: i * h + h / 2 + 3 }, fmt(v));
          });
        }
        function table(id, head, rows) {
          const t = $(id);
          t.innerHTML = "<tr>" + head.map((c) => "<th" + (c[1] ? ' class="n"' : "") + ">" + esc(c[0]) + "</th>").join("") + "</tr>" +
            rows.map((r) => "<tr>" + r.map((c, i) => "<td" + (head[i][1] ? ' class="n"' : "") + ">" + c + "</td>").join("") + "</tr>").join("");
        }
        const outcomes = [["accepted", "#2a9d8f"], ["improved", "#52b788"], ["duplicate", "#adb5bd"], ["kept", "#ced4da"]];
        function render(s) {
          const st = s.store;
          $("uptime").textContent = "up " + Math.round(s.uptimeSeconds) + " s";
          $("plan").textContent = "profile " + s.plan.profile + ", units of " + fmt(s.plan.candidatesPerUnit) + " candidates";
          $("updated").textContent = "updated " + new Date().toLocaleTimeString();
          $("programs").textContent = fmt(st.programs);
          $("finds-last-hour").textContent = fmt(st.findsLastHour);
          $("candidates").textContent = fmt(st.candidatesDone);
          $("units-leased").textContent = fmt(st.unitsLeased);
          $("units-done").textContent = fmt(st.unitsDone);
          $("units-expired").textContent = fmt(st.unitsExpired);
          $("workers-count").textContent = fmt(st.workerCount);
          $("queue").textContent = fmt(s.verificationQueue);
          $("running").textContent = fmt(s.verificationsRunning);
          const now = new Date();
          const hourLabels = st.findsByHour.map((_, i) => { const d = new Date(now.getTime() - (23 - i) * 3600e3); return d.getHours() + ":00"; });
          barsVertical($("finds-chart"), st.findsByHour, hourLabels);
          const statuses = Object.keys(st.submissions);
          const rejected = statuses.filter((k) => !outcomes.some((o) => o[0] === k)).sort();
          const rows = outcomes.map(([k, c]) => [k, st.submissions[k] || 0, c]).concat(rejected.map((k) => ["rejected: " + k, st.submissions[k], "#e76f51"]));
          rows.push(["refused requests", s.unauthorized + s.oversized + s.badRequests + s.limited, "#f4a261"]);
          barsHorizontal($("submissions-chart"), rows);
          table("submissions", [["outcome"], ["submissions", true]], rows.map((r) => [esc(r[0]), '<span data-status="' + esc(r[0]) + '">' + fmt(r[1]) + "</span>"]));
          const units = [["leased", st.unitsLeased, "#457b9d"], ["done", st.unitsDone, "#2a9d8f"], ["expired and handed out again", st.unitsExpired, "#e9c46a"]];
          const svg = $("units-chart"); clear(svg);
          const total = Math.max(1, st.unitsLeased + st.unitsDone);
          let x = 0;
          for (const [label, v, color] of units.slice(0, 2)) {
            const w = 480 * v / total;
            const r = add(svg, "rect", { x: x, y: 4, width: w, height: 28, fill: color }); add(r, "title", {}, label + ": " + v); x += w;
          }
          table("units", [["state"], ["units", true]], units.map((u) => [esc(u[0]), fmt(u[1])]));
          if (st.workers.length > 0) {
            table("workers", [["worker"], ["units done", true], ["leases held", true], ["candidates/s (last hour)", true], ["last seen", true]],
              st.workers.map((w) => [esc(w.name), fmt(w.unitsDone), fmt(w.activeLeases), fmt(Math.round(w.candidatesLastHour / 3600)), ago(w.lastSeen)]));
          } else {
            $("workers").innerHTML = "<tr><td>" + fmt(st.workerCount) + " workers; give a worker token above to see them.</td></tr>";
          }
          table("latest", [["sequence"], ["name"], ["instructions", true], ["worker"], ["found", true]],
            st.latestFinds.map((f) => [aNumber(f.sequence), esc(f.name), fmt(f.length), esc(f.worker), ago(f.found)]));
          document.body.dataset.loaded = "1";
        }
        async function refresh() {
          try {
            const token = localStorage.getItem("lodestone-token") || "";
            const response = await fetch("status", { headers: token ? { Authorization: "Bearer " + token } : {} });
            if (!response.ok) throw new Error("/status answered " + response.status);
            render(await response.json());
            $("errors").textContent = "";
          } catch (e) {
            showError("cannot read /status: " + e.message);
          }
        }
        // A token in the address (…/#token=…) is kept in local storage and removed from the address.
        const fromAddress = new URLSearchParams(location.hash.slice(1)).get("token");
        if (fromAddress) { localStorage.setItem("lodestone-token", fromAddress); history.replaceState(null, "", location.pathname); }
        $("token").value = localStorage.getItem("lodestone-token") || "";
        $("token").addEventListener("change", (e) => { localStorage.setItem("lodestone-token", e.target.value.trim()); refresh(); });
        refresh();
        setInterval(refresh, 5000);
        </script>
        </body>
        </html>
        """#
}
