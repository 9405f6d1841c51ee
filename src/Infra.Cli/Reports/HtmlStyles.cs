namespace Infra.Cli.Reports;

/// <summary>The HTML report's inline stylesheet (system fonts only).</summary>
internal static class HtmlStyles
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; background: #ffffff; margin: 24px; line-height: 1.45; }
        h1 { font-size: 22px; margin: 0 0 16px; }
        h2 { font-size: 17px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 28px; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
        .banner { padding: 12px 16px; border-radius: 6px; margin: 12px 0; border: 1px solid; }
        .banner.blocked { background: #ffebe9; border-color: #cf222e; color: #82071e; }
        .banner.passed { background: #dafbe1; border-color: #1a7f37; color: #116329; }
        ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
        ul.counts li { padding: 6px 12px; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        tr.blocking td:first-child { color: #cf222e; font-weight: 600; }
        tr.warning td:first-child { color: #9a6700; }
        .symbol { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 700; text-align: center; }
        .create { color: #1a7f37; } .update { color: #9a6700; } .replace { color: #8250df; } .delete { color: #cf222e; } .same, .read { color: #6e7781; }
        ul.counts li.create { background: #dafbe1; } ul.counts li.update { background: #fff8c5; } ul.counts li.replace { background: #fbefff; } ul.counts li.delete { background: #ffebe9; }
        .graph { overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px; background: #ffffff; }
        .graph svg { display: block; max-width: none; }
        details { border: 1px solid #d0d7de; border-radius: 6px; margin: 6px 0; padding: 4px 8px; }
        summary { cursor: pointer; }
        pre.diff { background: #f6f8fa; padding: 8px; overflow: auto; white-space: pre-wrap; word-break: break-all; }
        pre.diff .add { color: #116329; background: #dafbe1; display: block; }
        pre.diff .del { color: #82071e; background: #ffebe9; display: block; }
        footer { margin-top: 28px; color: #6e7781; font-size: 12px; }

        """;
}
