namespace Gongkai.Cli.Preview;

/// <summary>
/// The preview's own files, served under <c>/__gongkai/</c> and never written into the site. External files (not
/// inline) because every page carries a CSP without 'unsafe-inline'.
/// </summary>
internal static class PreviewAssets
{
    public const string Prefix = "/__gongkai/";
    public const string ScriptPath = Prefix + "preview.js";
    public const string StylePath = Prefix + "preview.css";
    public const string EventsPath = Prefix + "events";

    /// <summary>Reloads when the build version moves on from the one this page was served with; closes the overlay.</summary>
    public const string Script = """
        (() => {
          const me = document.currentScript;
          const since = me ? me.dataset.version : "";
          const events = new EventSource("/__gongkai/events?since=" + encodeURIComponent(since));
          events.onmessage = () => { events.close(); location.reload(); };
          const close = document.querySelector(".gongkai-overlay-close");
          if (close) {
            close.addEventListener("click", () => document.getElementById("gongkai-overlay").hidden = true);
          }
        })();

        """;

    public const string Style = """
        .gongkai-overlay{position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.72);overflow:auto;padding:2rem 1rem;font:14px/1.6 system-ui,sans-serif}
        .gongkai-overlay[hidden]{display:none}
        .gongkai-overlay-box{max-width:60rem;margin:0 auto;background:#fff;color:#1a1a1a;border-top:6px solid #c0392b;border-radius:4px;padding:1rem 1.25rem}
        .gongkai-overlay-title{font-weight:700;margin:0 0 .5rem}
        .gongkai-overlay ol{margin:0;padding-left:1.5rem}
        .gongkai-overlay li{margin:.4rem 0;word-break:break-all}
        .gongkai-overlay code{font-family:ui-monospace,monospace;background:#f3f3f3;padding:0 .25rem}
        .gongkai-overlay-code{color:#c0392b;font-weight:700}
        .gongkai-overlay-close{margin-top:.75rem}

        """;
}
