using NotebookSummary.Keras.Binding;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Objects;

/// <summary>
/// Keras names a run uses without importing them — a tutorial cell pasted without the cell that imported them.
/// The reader reads them as Keras means them and says so once per import line the code lacks, with how often the
/// names were used, at the first use: one note for <c>layers</c> used twelve times and one for all the layer classes,
/// rather than a note per class that buries the real error under them.
/// </summary>
internal sealed class ImplicitImports
{
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly List<Group> _order = [];

    private sealed class Group(string import, bool listsNames, TextSpan first, int at)
    {
        /// <summary>The import line to add; the names follow it when <see cref="ListsNames"/>.</summary>
        public string Import { get; } = import;
        public bool ListsNames { get; } = listsNames;
        public TextSpan First { get; } = first;
        public int At { get; } = at;
        public List<string> Names { get; } = [];
        public string? ReadAs { get; set; }
        public int Uses { get; set; }
    }

    /// <summary>A layer class used without its import (<c>Dense</c>): grouped with the other classes.</summary>
    public void LayerClass(string name, TextSpan span, int diagnosticCount) =>
        Use("from keras.layers import", listsNames: true, name, $"keras.layers.{name}", span, diagnosticCount);

    /// <summary><c>Sequential</c> used without its import.</summary>
    public void Sequential(TextSpan span, int diagnosticCount) =>
        Use("from keras.models import Sequential", listsNames: false, "Sequential", "keras.Sequential", span, diagnosticCount);

    /// <summary>A module name used without its import (<c>layers</c>, <c>keras</c>, <c>tf</c>).</summary>
    public void Module(string name, string path, TextSpan span, int diagnosticCount) =>
        Use(ImportOf(name), listsNames: false, name, $"the module {path}", span, diagnosticCount);

    private void Use(string import, bool listsNames, string name, string readAs, TextSpan span, int diagnosticCount)
    {
        if (!_groups.TryGetValue(import, out var group))
        {
            group = new Group(import, listsNames, span, diagnosticCount) { ReadAs = readAs };
            _groups[import] = group;
            _order.Add(group);
        }
        if (!group.Names.Contains(name)) group.Names.Add(name);
        group.Uses++;
    }

    /// <summary>Adds one note per group, each where its first use was found among the run's diagnostics.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        // Inserted from the last to the first, so each earlier position still means what it meant.
        for (int i = _order.Count - 1; i >= 0; i--)
        {
            var g = _order[i];
            string times = g.Uses > 1 ? $" ({g.Uses} times)" : "";
            string message = g.Names.Count == 1
                ? $"'{g.Names[0]}' is used without being imported{times}; read as {g.ReadAs}"
                : $"{Quoted(g.Names)} are used without being imported{times}; read as the keras.layers classes";
            string hint = g.ListsNames ? $"add: {g.Import} {string.Join(", ", g.Names)}" : $"add: {g.Import}";
            diagnostics.InsertInfo(g.At, g.First, message, hint);
        }
    }

    private static string Quoted(List<string> names) =>
        string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $" and '{names[^1]}'";

    private static string ImportOf(string module) => module switch
    {
        "keras" => "from tensorflow import keras",
        "tf" => "import tensorflow as tf",
        "tensorflow" => "import tensorflow",
        _ => $"from tensorflow.keras import {module}",
    };
}
