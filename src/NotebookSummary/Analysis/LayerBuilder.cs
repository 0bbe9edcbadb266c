using System.Globalization;

namespace NotebookSummary.Analysis;

/// <summary>
/// What a layer's <see cref="Layer.Build"/> talks to: it reads the input shape, validates arguments in the user's
/// terms, and records the output shape, the parameter formula and the shape formulas. Everything a summary row
/// holds about a layer comes through here, so layers stay declarative. A builder serves one build at a time: a layer
/// does not keep it after its Build returns (a chain's summarizer readies one builder for each of its layers in turn).
/// </summary>
public sealed class LayerBuilder
{
    // Made at the first formula or note (many layers record none of one or the other), as arrays filled from the
    // start: a list would be a second object a layer. Items are only appended during a build (a view of the first
    // ones stays what it was until StartOn begins the next build in the same arrays).
    private Formula[]? _shapeFormulas;
    private int _shapeFormulaCount;
    private WalkThroughNote[]? _notes;
    private int _noteCount;
    private Shape? _output;     // the (first) output
    private Shape[]? _outputs;  // every output, only for a layer with several

    internal LayerBuilder(Layer layer, LayerInputs inputs)
    {
        Layer = layer;
        _given = inputs;
        Input = inputs.First;
    }

    /// <summary>A builder for the layers of a chain, each readied by <see cref="StartOn"/>.</summary>
    internal LayerBuilder()
    {
        Layer = null!;
        Input = null!;
    }

    // The inputs, or null for one tensor described by Input and the three fields after: the layers of a chain are
    // built on one tensor each, and their inputs are made into an object only if something asks for it.
    private LayerInputs? _given;
    private string? _label;
    private NameScope? _scope;
    private bool _frozen;

    public Layer Layer { get; private set; }

    /// <summary>The input shape, batch first (the first input's, for a layer called on several tensors).</summary>
    public Shape Input { get; private set; }

    /// <summary>The shapes of all the tensors the layer is called on, in order (one for most layers).</summary>
    public IReadOnlyList<Shape> Inputs => Given.Shapes;

    /// <summary>How many tensors the layer is called on (<see cref="Inputs"/>' count, without making the list).</summary>
    internal int InputCount => _given?.Count ?? 1;

    /// <summary>True when the layer was called on a list of tensors (Keras's <c>layer([x, y])</c>), not on one tensor.</summary>
    public bool CalledOnList => _given?.AsList ?? false;

    /// <summary>Input <paramref name="i"/> in the user's terms for messages: <c>dense (None, 8)</c>.</summary>
    public string DescribeInput(int i) => Given.Describe(i);

    /// <summary>The inputs as given, kept by the row to build the walk-through again.</summary>
    internal LayerInputs Given => _given ??= LayerInputs.One(Input, _label, _scope, _frozen);

    /// <summary>True when the layer is called on one tensor, not in a list (<see cref="FirstLabel"/> says who made it).</summary>
    internal bool OnOneTensor => _given is null || _given.Count == 1 && !_given.AsList;

    /// <summary>Who made the first tensor (see <see cref="LayerInputs.Labels"/>).</summary>
    internal string? FirstLabel => _given is null ? _label : _given.LabelAt(0);

    /// <summary>
    /// Readies this builder to build <paramref name="layer"/> on one tensor (see <see cref="LayerInputs.One"/>),
    /// forgetting the build before: what that recorded is no longer read.
    /// </summary>
    internal void StartOn(Layer layer, Shape input, string? label, NameScope? scope, bool frozen)
    {
        (Layer, Input, _given, _label, _scope, _frozen) = (layer, input, null, label, scope, frozen);
        (_shapeFormulaCount, _noteCount, _output, _outputs) = (0, 0, null, null);
        (ParamsRule, NonTrainableRule, NoParamsReason, Nested, MacsCount, Window) = (null, null, null, null, null, null);
    }

    /// <summary>Readies this builder to build <paramref name="layer"/> again on <paramref name="inputs"/>, which it was
    /// built on before (any number of tensors), forgetting the build before.</summary>
    internal void StartAgainOn(Layer layer, LayerInputs inputs)
    {
        StartOn(layer, inputs.First, null, null, false);
        _given = inputs;
    }

    // One builder a thread for building rows' layers again (Rent/Return): folding a deep model's repeated blocks
    // builds every layer again for its fingerprint, and a new builder and arrays each time made it allocate past the
    // CLI's collection-free start.
    [ThreadStatic] private static LayerBuilder? _spare;

    /// <summary>A builder to ready with <see cref="StartAgainOn"/>; hand it back with <see cref="Return"/>.</summary>
    internal static LayerBuilder Rent()
    {
        var b = _spare ?? new LayerBuilder();
        _spare = null; // a rebuild that rebuilds another layer inside gets a builder of its own
        return b;
    }

    internal static void Return(LayerBuilder b) => _spare = b;

    /// <summary>Runs the layer's rules (after <see cref="StartOn"/>).</summary>
    internal void Build()
    {
        Layer.Build(this);
        EnsureComplete();
    }

    /// <summary>The input's rank, batch included (Keras's <c>ndim</c>).</summary>
    public int Rank => Input.Rank;

    /// <summary>The output shape, once <see cref="Output(IEnumerable{Expr})"/> was called (the first, for several outputs).</summary>
    internal Shape? OutputShape => _output;

    /// <summary>Every output's shape, in order: one for most layers, several for a model with several outputs.</summary>
    internal IReadOnlyList<Shape> OutputShapes =>
        _outputs is { } all ? new ArrayView<Shape>(all) : _output is { } one ? new ArrayView<Shape>([one]) : [];

    /// <summary><see cref="OutputShapes"/> when there are several, else empty (a row keeps only several).</summary>
    internal IReadOnlyList<Shape> SeveralOutputShapes => _outputs is { } all ? new ArrayView<Shape>(all) : Array.Empty<Shape>();

    /// <summary>How many outputs were set (<see cref="OutputShapes"/>' count, without making the list).</summary>
    internal int OutputCount => _outputs?.Length ?? (_output is null ? 0 : 1);

    /// <summary>Output <paramref name="i"/>'s shape (see <see cref="OutputCount"/>).</summary>
    internal Shape OutputAt(int i) =>
        _outputs is { } all ? all[i] : i == 0 && _output is { } one ? one : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>The parameter formula, or null when the layer has none.</summary>
    internal Expr? ParamsRule { get; private set; }

    /// <summary>The non-trainable part of <see cref="ParamsRule"/> (e.g. BatchNormalization's moving statistics).</summary>
    internal Expr? NonTrainableRule { get; private set; }

    internal string? NoParamsReason { get; private set; }

    /// <summary>The summary of the model this layer runs, for a model used as a layer (its row carries it); else null.</summary>
    internal ModelSummary? Nested { get; private set; }
    /// <summary>The multiply-accumulate count for one sample, or null (see <see cref="SummaryRow.MultiplyAccumulates"/>).</summary>
    internal long? MacsCount { get; private set; }
    internal Window? Window { get; private set; }
    internal IReadOnlyList<Formula> ShapeFormulas => ViewOf(_shapeFormulas, _shapeFormulaCount);
    internal IReadOnlyList<WalkThroughNote> Notes => ViewOf(_notes, _noteCount);

    /// <summary>The walk-through's fingerprint on <paramref name="inputs"/>, from this build's objects.</summary>
    internal long Fingerprint(LayerInputs? inputs) =>
        WalkThroughFingerprint.Of(ParamsRule, NoParamsReason, ShapeFormulaSpan, NoteSpan, inputs);

    /// <summary>This build's formula objects as a set shared with the recent builds that handed over the same ones, or null.</summary>
    internal FormulaSet? SharedFormulas() =>
        FormulaSet.Shared(ParamsRule, NoParamsReason, ShapeFormulaSpan, NoteSpan);

    // This build's formulas and notes in place, for lookups that must not allocate a view per row.
    private ReadOnlySpan<Formula> ShapeFormulaSpan => _shapeFormulas.AsSpan(0, _shapeFormulaCount);
    private ReadOnlySpan<WalkThroughNote> NoteSpan => _notes.AsSpan(0, _noteCount);

    private static IReadOnlyList<T> ViewOf<T>(T[]? items, int count) => items is null ? Array.Empty<T>() : new ArrayView<T>(items, 0, count);

    // One method a type: shared generic code over classes would look the array type up on every call. Stored through
    // a span: an array element store checks the element's type against the array's at run time; a span was checked once.
    private static void Append(ref Formula[]? items, ref int count, Formula item)
    {
        if (items is null) items = new Formula[2];
        else if (count == items.Length) Array.Resize(ref items, count * 2);
        items.AsSpan()[count++] = item;
    }

    private static void Append(ref WalkThroughNote[]? items, ref int count, WalkThroughNote item)
    {
        if (items is null) items = new WalkThroughNote[2];
        else if (count == items.Length) Array.Resize(ref items, count * 2);
        items.AsSpan()[count++] = item;
    }

    // ---- reading the input -------------------------------------------------------------------

    /// <summary>Input dimension <paramref name="axis"/> (negative counts from the end) as a named symbol.</summary>
    public Expr Dim(int axis, string symbol, string meaning) => Expr.Sym(symbol, Input[axis], meaning);

    /// <summary>Input dimension <paramref name="axis"/> as the kept <paramref name="symbol"/>.</summary>
    internal Expr Dim(int axis, Symbol symbol) => Expr.Sym(symbol, Input[axis]);

    /// <summary>Fails unless the input has exactly <paramref name="rank"/> dims (batch included).</summary>
    /// <param name="layout">The expected layout for the message, e.g. <c>(batch, rows, cols, channels)</c>.</param>
    public void ExpectRank(int rank, string layout)
    {
        if (Rank != rank)
            Fail($"{Layer.ClassName} expects a {rank}D input {layout}, but its input is {Input} ({Rank}D)",
                RankHint(rank));
    }

    /// <summary>Fails unless the input has at least <paramref name="rank"/> dims (batch included).</summary>
    public void ExpectMinRank(int rank, string layout)
    {
        if (Rank < rank)
            Fail($"{Layer.ClassName} expects an input of at least {rank}D {layout}, but its input is {Input} ({Rank}D)",
                RankHint(rank));
    }

    private string RankHint(int rank) => Rank > rank
        ? "add a Flatten, Reshape or global pooling layer before it, or check the input shape"
        : "check the input shape, or add a Reshape layer before it to give it the missing axes";

    /// <summary>Fails unless the input dimension at <paramref name="axis"/> is known; returns it.</summary>
    public long KnownDim(int axis, string what)
    {
        if (Input[axis] is { } d) return d;
        Fail($"{Layer.ClassName} needs a known {what}, but it is None in its input {Input}",
            "give that dimension a size in input_shape");
        return 0;
    }

    // ---- validating arguments ----------------------------------------------------------------

    /// <summary>Stops building this layer with a model error in the user's terms.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(string message, string? hint = null) => throw new ModelException(message, hint);

    /// <summary>Fails as <see cref="Fail(string, string?)"/>, showing the calculation that fails
    /// (<c>out_h = ⌊(h − k_h)/s_h⌋ + 1 = ⌊(1 − 5)/1⌋ + 1 = −3 &lt; 1</c>).</summary>
    /// <param name="window">The window that does not fit its input, when that is the failure.</param>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(string message, string? hint, string calculation, OversizedWindow? window = null) =>
        throw new ModelException(message, hint) { Calculation = calculation, Window = window };

    /// <summary>Fails unless <paramref name="value"/> is a positive integer; returns it.</summary>
    public int Positive(string argument, int value)
    {
        if (value <= 0)
            Fail($"{Layer.ClassName} argument '{argument}' must be a positive integer, but it is {value}");
        return value;
    }

    /// <summary>
    /// Fails unless <paramref name="value"/> is in [0, 1]: Keras's rule for dropout rates (<c>0 &lt;= rate &lt;= 1</c>;
    /// Keras 3 builds <c>Dropout(1.0)</c>, which drops everything while training).
    /// </summary>
    public double Rate(string argument, double value)
    {
        if (!(value >= 0 && value <= 1))
            Fail($"{Layer.ClassName} argument '{argument}' must be between 0 and 1, but it is {value.ToString(CultureInfo.InvariantCulture)}",
                $"a rate is the fraction of values dropped, e.g. {argument}=0.5");
        return value;
    }

    private static bool HasNone(ReadOnlySpan<int?> values)
    {
        foreach (var v in values)
            if (v is null) return true;
        return false;
    }

    /// <summary>
    /// Expands a size argument to <paramref name="count"/> positive integers, as Keras does: one integer is
    /// repeated, a tuple must have exactly <paramref name="count"/> elements.
    /// </summary>
    public int[] Ints(Size size, int count, string argument, bool allowZero = false)
    {
        var result = new int[count];
        IntsInto(size, result, argument, allowZero);
        return result;
    }

    /// <summary><see cref="Ints"/> written into <paramref name="result"/>, as many as it holds: no array made.</summary>
    internal void IntsInto(Size size, Span<int> result, string argument, bool allowZero = false)
    {
        int count = result.Length;
        // Read as a span: every convolution and pooling layer expands three sizes.
        var values = size.ValueSpan;
        if (values.Length == 0 || HasNone(values) || values.Length != 1 && values.Length != count)
            FailSize(size, count, argument);
        for (int i = 0; i < count; i++) result[i] = values[values.Length == 1 ? 0 : i]!.Value;
        foreach (var v in result)
            if (v < 0 || (v == 0 && !allowZero))
                FailSign(size, argument, allowZero);
    }

    // The failures of IntsInto, apart: their messages' string builders would be set up on every call.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void FailSize(Size size, int count, string argument)
    {
        var values = size.Values;
        if (values.Count == 0 || values.Any(v => v is null))
            Fail($"{Layer.ClassName} argument '{argument}' must be an integer or a tuple of {count} integers, but it is {size}");
        Fail($"{Layer.ClassName} argument '{argument}' must be an integer or a tuple of {count} integers, but it is {size}",
            count == 1 ? $"write {argument}={values[0]}" : $"write {count} values, e.g. {argument}=({string.Join(", ", Enumerable.Repeat(values[0], count))})");
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void FailSign(Size size, string argument, bool allowZero) =>
        Fail($"{Layer.ClassName} argument '{argument}' must hold {(allowZero ? "non-negative" : "positive")} integers, but it is {size}");

    /// <summary>Fails unless <paramref name="value"/> (case-insensitive) is one of <paramref name="allowed"/>; returns it in lower case.</summary>
    public string Choice(string argument, string value, params string[] allowed)
    {
        // Almost always written as Keras spells it: that value is the answer without making a lower-case copy.
        foreach (var a in allowed)
            if (value == a) return a;
        return ChoiceIgnoringCase(argument, value, allowed);
    }

    private string ChoiceIgnoringCase(string argument, string value, string[] allowed)
    {
        var lower = value.ToLowerInvariant();
        if (Array.IndexOf(allowed, lower) < 0)
        {
            string? suggestion = NotebookSummary.Keras.Diagnostics.DidYouMean.Suggest(lower, allowed);
            Fail($"{Layer.ClassName} argument '{argument}' must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}, but it is '{value}'{NotebookSummary.Keras.Diagnostics.DidYouMean.Suffix(suggestion)}",
                $"write {argument}='{suggestion ?? allowed[0]}'");
        }
        return lower;
    }

    /// <summary>True for <c>channels_first</c>; fails for anything but the two Keras data formats.</summary>
    public bool ChannelsFirst(string? dataFormat) =>
        dataFormat is not null && Choice("data_format", dataFormat, "channels_last", "channels_first") == "channels_first";

    // ---- recording results -------------------------------------------------------------------

    /// <summary>Records the parameter formula; <paramref name="nonTrainable"/> is the part that never trains.</summary>
    public void Params(Expr total, Expr? nonTrainable = null)
    {
        ParamsRule = total;
        NonTrainableRule = nonTrainable;
        NoParamsReason = null;
    }

    /// <summary>Records that the layer has no weights, and why ("pooling has no weights").</summary>
    public void NoParams(string reason)
    {
        ParamsRule = null;
        NonTrainableRule = null;
        NoParamsReason = reason;
    }

    /// <summary>Records the formula of an output dimension for the walk-through and returns the rule.</summary>
    public Expr Computed(string target, Expr rule)
    {
        Computed(new Formula(target, rule));
        return rule;
    }

    /// <summary>Records a shape formula made before (formulas are values: one may serve many layers).</summary>
    internal void Computed(Formula formula) => Append(ref _shapeFormulas, ref _shapeFormulaCount, formula);

    /// <summary>Records the summary of the model a model used as a layer runs, which its row carries.</summary>
    internal void NestedModel(ModelSummary inner) => Nested = inner;

    /// <summary>Records a remark for the walk-through.</summary>
    public void Note(string note) => Note(new WalkThroughNote(note));

    /// <summary>A note led by a formula, typeset as the walk-through's formulas are: <c>formula: text</c>.</summary>
    public void Note(Formula formula, string text = "") => Note(new WalkThroughNote(formula, text));

    internal void Note(WalkThroughNote note) => Append(ref _notes, ref _noteCount, note);

    /// <summary>
    /// Records the multiply-accumulate count for one sample (see <see cref="SummaryRow.MultiplyAccumulates"/>). The
    /// rule is built here rather than by the caller: a count past 64 bits is a figure the summary cannot show, not a
    /// reason to reject a model whose shapes and parameters fit, so an overflow leaves the count unknown, with a note.
    /// </summary>
    public void Macs(Func<Expr> rule) => Macs(rule, static r => r().Value);

    /// <summary>
    /// <see cref="Macs(Func{Expr})"/> computed from <paramref name="state"/> on plain values (<see cref="CheckedCount"/>):
    /// the count is a figure, not a formula shown, and a static function of a value state costs a layer no closure.
    /// </summary>
    internal void Macs<TState>(TState state, Func<TState, long?> count)
    {
        try
        {
            MacsCount = count(state);
        }
        catch (OverflowException)
        {
            MacsCount = null;
            Note("the multiply-accumulate count for one sample exceeds the 64-bit integer range, so it is shown as unknown");
        }
    }

    /// <summary>Records the sliding window for drawings.</summary>
    public void SetWindow(IReadOnlyList<int> size, IReadOnlyList<int> strides, int channelGroups = 1) =>
        Window = new Window(size, strides) { ChannelGroups = channelGroups };

    /// <summary>
    /// <see cref="SetWindow(IReadOnlyList{int}, IReadOnlyList{int}, int)"/> for the library's layers, whose rows share
    /// one window instance per distinct window (<see cref="Window.Shared"/>).
    /// </summary>
    internal void SetWindow(int[] size, int[] strides, int channelGroups = 1) => Window = Window.Shared(size, strides, channelGroups);

    /// <summary>Records a window made before (windows are values: one may serve many layers).</summary>
    internal void SetWindow(Window window) => Window = window;

    /// <summary>Sets the output's per-sample dims; the batch dim is carried over from the input.</summary>
    public void Output(IEnumerable<Expr> sampleDims)
    {
        if (sampleDims is Expr[] array)
        {
            Output(array);
            return;
        }
        var dims = new List<long?>(6);
        foreach (var d in sampleDims) dims.Add(d.Value);
        Output((IReadOnlyList<long?>)dims);
    }

    public void Output(params Expr[] sampleDims)
    {
        // An output the size of the input is the input's shape (a 'same' convolution as wide as its input): shapes
        // are values, and the row of every such layer then holds no shape of its own.
        if (IsInputSampleDims(sampleDims))
        {
            Output(Input);
            return;
        }
        // One exact array, which the shape keeps: no list, iterator or copy for the output of every layer.
        var dims = new long?[sampleDims.Length + 1];
        dims[0] = Input.Batch;
        for (int i = 0; i < sampleDims.Length; i++) dims[i + 1] = sampleDims[i].Value;
        Output(Shape.Owning(dims));
    }

    /// <summary><see cref="Output(Expr[])"/> from the dims' values (a layout written on the stack, no expressions).</summary>
    internal void Output(ReadOnlySpan<long?> sampleDims)
    {
        if (IsInputSampleDims(sampleDims))
        {
            Output(Input);
            return;
        }
        var dims = new long?[sampleDims.Length + 1];
        dims[0] = Input.Batch;
        sampleDims.CopyTo(dims.AsSpan(1));
        Output(Shape.Owning(dims));
    }

    private bool IsInputSampleDims(ReadOnlySpan<long?> sampleDims)
    {
        var input = Input.SampleDimSpan;
        if (sampleDims.Length != input.Length) return false;
        for (int i = 0; i < sampleDims.Length; i++)
            if (sampleDims[i] != input[i]) return false;
        return true;
    }

    private bool IsInputSampleDims(Expr[] sampleDims)
    {
        if (sampleDims.Length != Input.Rank - 1) return false;
        for (int i = 0; i < sampleDims.Length; i++)
            if (sampleDims[i].Value != Input[i + 1]) return false;
        return true;
    }

    /// <summary>Sets the output's per-sample dims; the batch dim is carried over from the input.</summary>
    public void Output(IEnumerable<long?> sampleDims) => Output(Shape.WithBatch(Input.Batch, sampleDims));

    /// <summary>Sets the whole output shape, batch included (merges take the batch from any of their inputs).</summary>
    public void Output(Shape shape)
    {
        CheckNotEmpty(shape);
        (_output, _outputs) = (shape, null);
    }

    /// <summary>Sets the shapes of several outputs, batch included (a nested model with several outputs).</summary>
    public void Outputs(IEnumerable<Shape> shapes)
    {
        var all = shapes.ToArray();
        if (all.Length == 0) throw new ArgumentException("a layer has at least one output", nameof(shapes));
        SetOutputs(all);
    }

    // Takes all, at least one shape, as the builder's own (the callers made it).
    private void SetOutputs(Shape[] all)
    {
        foreach (var shape in all) CheckNotEmpty(shape);
        (_output, _outputs) = (all[0], all.Length > 1 ? all : null);
    }

    private void CheckNotEmpty(Shape shape)
    {
        for (int i = 1; i < shape.Rank; i++)
            if (shape[i] is <= 0)
                Fail($"{Layer.ClassName} would produce an empty output {shape}", "check the sizes of the layer and of its input");
    }

    /// <summary>The output is the input, unchanged (activations, dropout, normalization).</summary>
    public void OutputSameAsInput() => (_output, _outputs) = (Input, null);

    // ---- wrappers ----------------------------------------------------------------------------

    /// <summary>Builds a wrapped layer on <paramref name="input"/> (TimeDistributed, Bidirectional) and returns its builder.</summary>
    public LayerBuilder BuildInner(Layer inner, Shape input) => BuildOn(inner, input);

    /// <summary>Runs <paramref name="layer"/>'s rules on one input tensor of shape <paramref name="input"/>.</summary>
    internal static LayerBuilder BuildOn(Layer layer, Shape input) => BuildOn(layer, LayerInputs.One(input));

    /// <summary>Runs <paramref name="layer"/>'s rules on <paramref name="inputs"/>: the one place a layer is built.</summary>
    internal static LayerBuilder BuildOn(Layer layer, LayerInputs inputs)
    {
        var b = new LayerBuilder(layer, inputs);
        if (inputs.Count > 1 && !layer.TakesSeveralInputs)
            b.Fail($"{layer.ClassName} takes one tensor, but it is called on {inputs.Count}: "
                + string.Join(" and ", Enumerable.Range(0, inputs.Shapes.Count).Select(inputs.Describe)),
                "merge them first (Concatenate, Add, ...) or call the layer on each tensor separately");
        layer.Build(b);
        b.EnsureComplete();
        return b;
    }

    /// <summary>The walk-through of what was recorded, in arrays of its own (the builder's serve the next build).</summary>
    internal WalkThrough ToWalkThrough() =>
        new(ParamsRule is null ? null : new Formula("params", ParamsRule), NoParamsReason,
            ViewOf(_shapeFormulas?[.._shapeFormulaCount], _shapeFormulaCount), ViewOf(_notes?[.._noteCount], _noteCount));

    private void EnsureComplete()
    {
        if (_output is null)
            throw new InvalidOperationException($"{Layer.ClassName}.Build did not set an output shape.");
        if (ParamsRule is null && NoParamsReason is null)
            throw new InvalidOperationException($"{Layer.ClassName}.Build stated neither parameters nor why it has none.");
    }
}
