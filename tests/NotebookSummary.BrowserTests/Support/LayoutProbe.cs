using System.Text.Json;
using Microsoft.Playwright;

namespace NotebookSummary.BrowserTests.Support;

/// <summary>
/// Reads the live layout of the output cell in the browser: what scrolls sideways, which parameter counts and bars are
/// cut off, how wide each bar is drawn, how large the SVG's text is on screen. Each probe returns plain findings; the
/// tests decide what is wrong.
/// </summary>
internal static class LayoutProbe
{
    /// <summary>
    /// Elements that scroll or stick out sideways: the page itself, any element of the cell whose content is wider
    /// than its box (a hidden scrollbar is still a scrollbar), and any visible element drawn past the cell's edges.
    /// </summary>
    public static Task<string[]> SidewaysOverflowAsync(IPage page) => page.EvaluateAsync<string[]>(Function("""
        const found = [];
        if (document.documentElement.scrollWidth > innerWidth + 1)
          found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + innerWidth);
        for (const el of cell.querySelectorAll('*')) {
          if (!shown(el)) continue;
          const cs = getComputedStyle(el);
          if (el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'visible' && el.clientWidth > 0 && !(el instanceof SVGElement))
            found.push(describe(el) + ' hides ' + (el.scrollWidth - el.clientWidth) + ' px sideways (overflow-x: ' + cs.overflowX + ')');
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > cr.right + 1 || r.left < cr.left - 1))
            found.push(describe(el) + ' drawn at ' + Math.round(r.left) + '..' + Math.round(r.right) + ', outside the cell ' + Math.round(cr.left) + '..' + Math.round(cr.right));
        }
        return found.slice(0, 12);
        """));

    /// <summary>
    /// Every shown element matching the selector that is not entirely visible: of zero size, cut by an ellipsis, or
    /// clipped by an ancestor's box.
    /// </summary>
    public static Task<string[]> HiddenAsync(IPage page, string selector) => page.EvaluateAsync<string[]>(Function("""
        const found = [];
        for (const el of cell.querySelectorAll(arg)) {
          if (!shown(el)) continue;
          const r = el.getBoundingClientRect(), what = describe(el) + ' "' + el.textContent.trim() + '"';
          if (r.width < 1 || r.height < 1) { found.push(what + ' has no size'); continue; }
          if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) found.push(what + ' is cut');
          for (let a = el.parentElement; a && a !== cell.parentElement; a = a.parentElement) {
            const cs = getComputedStyle(a);
            if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
            const ar = a.getBoundingClientRect();
            if (r.left < ar.left - 1 || r.right > ar.right + 1) { found.push(what + ' is clipped by ' + describe(a)); break; }
          }
        }
        return found.slice(0, 12);
        """), selector);

    /// <summary>How many shown elements match the selector.</summary>
    public static Task<int> CountShownAsync(IPage page, string selector) => page.EvaluateAsync<int>(Function("""
        return [...cell.querySelectorAll(arg)].filter(shown).length;
        """), selector);

    /// <summary>Each shown share bar: the parameter count written in its row and the bar's drawn width in px.</summary>
    public static async Task<IReadOnlyList<DrawnBar>> BarsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(Function("""
            const out = [];
            for (const bar of cell.querySelectorAll('.nbs-bar')) {
              if (!shown(bar)) continue;
              const row = bar.closest('.nbs-tr'), count = row && row.querySelector('.nbs-params');
              if (!count) continue;
              let width = 0;
              for (const seg of bar.children) width += seg.getBoundingClientRect().width;
              out.push({ params: Number(count.textContent.replace(/[^0-9]/g, '')), width,
                         row: (row.querySelector('.nbs-name') || row).textContent.trim() });
            }
            return out;
            """));
        return json.EnumerateArray()
            .Select(b => new DrawnBar(b.GetProperty("row").GetString()!, b.GetProperty("params").GetDouble(), b.GetProperty("width").GetDouble()))
            .ToList();
    }

    /// <summary>The drawn size of the cell's shown SVG (the notebook's fragment holds a wide and a narrow drawing, one
    /// of them hidden), its smallest text on screen (font size × the drawing's scale), and how many drawings show.</summary>
    public static async Task<SvgOnScreen> SvgAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(Function("""
            const drawings = [...cell.querySelectorAll('svg')].filter(s => !s.parentElement.closest('svg') && shown(s));
            const svg = drawings[0];
            if (!svg) return null;
            const r = svg.getBoundingClientRect();
            let smallest = 1e9, smallestText = '';
            for (const t of svg.querySelectorAll('text')) {
              if (!t.textContent.trim() || !shown(t)) continue;
              const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
              if (size < smallest) { smallest = size; smallestText = t.textContent; }
            }
            return { width: r.width, height: r.height, cellWidth: cell.clientWidth, smallest, smallestText,
              shownDrawings: drawings.length, drawingClass: svg.getAttribute('class') || '' };
            """));
        Assert.True(json.ValueKind == JsonValueKind.Object, "the output shows no <svg> element");
        return new SvgOnScreen(json.GetProperty("width").GetDouble(), json.GetProperty("height").GetDouble(),
            json.GetProperty("cellWidth").GetDouble(), json.GetProperty("smallest").GetDouble(),
            json.GetProperty("smallestText").GetString()!, json.GetProperty("shownDrawings").GetInt32(),
            json.GetProperty("drawingClass").GetString()!);
    }

    /// <summary>
    /// Each shown row's open cue (the chevron before the layer name, <c>::before</c>) that is smaller than
    /// <c>minPx</c> on its longer side, or whose colour has a contrast below 3:1 (WCAG's minimum for graphics)
    /// against the page background behind the cell.
    /// </summary>
    public static Task<string[]> WeakOpenCuesAsync(IPage page, double minPx) => page.EvaluateAsync<string[]>(Function("""
        const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
        const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                                     return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
        const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const background = rgb(getComputedStyle(document.body).backgroundColor);
        const found = [];
        for (const name of cell.querySelectorAll('summary .nbs-name')) {
          if (!shown(name)) continue;
          const cue = getComputedStyle(name, '::before');
          const size = Math.max(parseFloat(cue.width) + parseFloat(cue.borderRightWidth), parseFloat(cue.height) + parseFloat(cue.borderBottomWidth));
          const ratio = contrast(rgb(cue.borderRightColor), background);
          if (!(size >= arg) || !(ratio >= 3))
            found.push('the open cue of "' + name.textContent.trim() + '" is ' + size.toFixed(1) + ' px with contrast ' + ratio.toFixed(2) + ':1');
        }
        return found.slice(0, 12);
        """), minPx);

    /// <summary>
    /// Each shown element matching the selector whose text wraps inside a word: a line that starts after a letter or
    /// digit rather than after a separator (<c>_ . / -</c>) or a space, though a separator was available on the line.
    /// </summary>
    public static Task<string[]> MidWordBreaksAsync(IPage page, string selector) => page.EvaluateAsync<string[]>(Function("""
        const found = [];
        for (const el of cell.querySelectorAll(arg)) {
          if (!shown(el)) continue;
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let text = '', tops = [];
          for (let node; (node = walker.nextNode());) {
            if (node.parentElement !== el) continue; // the name, not its badges
            for (let i = 0; i < node.length; i++) {
              const range = document.createRange();
              range.setStart(node, i); range.setEnd(node, i + 1);
              const r = range.getClientRects()[0];
              text += node.data[i]; tops.push(r ? r.top : NaN);
            }
          }
          let lineStart = 0;
          for (let i = 1; i < text.length; i++) {
            if (!(tops[i] > tops[i - 1] + 2)) continue;
            const line = text.slice(lineStart, i);
            if (/[A-Za-z0-9]/.test(text[i - 1]) && /[_./\- ]/.test(line.slice(0, -1)))
              found.push('"' + text + '" breaks inside a word: "' + line + '|' + text.slice(i) + '"');
            lineStart = i;
          }
        }
        return found.slice(0, 12);
        """), selector);

    /// <summary>
    /// A function of one argument (<c>arg</c>) with the helpers every probe uses: the cell and its box, whether an
    /// element is shown (not hidden by CSS, nor inside a closed <c>details</c>, whose content Chromium keeps laid out
    /// but not rendered), and a short name for it.
    /// </summary>
    private static string Function(string body) => """
        (arg) => {
          const cell = document.getElementById('cell'), cr = cell.getBoundingClientRect();
          const shown = el => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
          const describe = el => el.tagName.toLowerCase() +
            (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
        """ + body + "\n}";
}

internal sealed record DrawnBar(string Row, double Params, double Width);

internal sealed record SvgOnScreen(double Width, double Height, double CellWidth, double SmallestTextPx, string SmallestText,
    int ShownDrawings, string DrawingClass);
