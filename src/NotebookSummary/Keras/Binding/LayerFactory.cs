using System.Reflection;
using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras.Python.Values;
using NotebookSummary.Keras.Python;
using NotebookSummary.Keras.Syntax.Nodes;
using NotebookSummary.Keras.Syntax;
using NotebookSummary.Keras.Text;

namespace NotebookSummary.Keras.Binding;

/// <summary>
/// Builds a layer from a Python call: binds positional arguments in Keras's order and keywords by name to the
/// layer's constructor, converts the values, applies the generic Keras arguments (<c>input_shape</c>,
/// <c>batch_input_shape</c>, <c>input_dim</c>/<c>input_length</c>, <c>name</c>, <c>trainable</c>, ...), drops
/// display-only ones, reads Keras 1 spellings, and reports anything else in the user's terms. Returns null when
/// the call cannot make a layer (everything wrong with it has been reported).
/// </summary>
internal static class LayerFactory
{
    internal static readonly string[] ShapeArguments = ["input_shape", "batch_input_shape", "batch_shape", "shape"];

    public static Layer? Create(IBindingContext it, LayerClassBinding layerClass, string written, IReadOnlyList<Arg> args,
        CallExpr call, TextSpan calleeSpan)
    {
        var type = layerClass.Type;
        if (layerClass.IsInput)
            return InputFactory.Create(it, type, written, args, call, calleeSpan);
        var signatures = layerClass.Signatures;
        var kerasName = layerClass.KerasName;
        if (signatures.Count == 1) return TryCreate(it, signatures[0], type, kerasName, written, args, call, calleeSpan);
        // Overloads (ZeroPadding2D(1) and ZeroPadding2D(((1, 2), (3, 4)))): the first that binds wins; if none
        // does, the errors of the first are reported.
        foreach (var candidate in signatures)
        {
            var mark = it.Diagnostics.Mark();
            var layer = TryCreate(it, candidate, type, kerasName, written, args, call, calleeSpan);
            if (layer is not null) return layer;
            it.Diagnostics.Rollback(mark);
        }
        return TryCreate(it, signatures[0], type, kerasName, written, args, call, calleeSpan);
    }

    private static Layer? TryCreate(IBindingContext it, LayerSignature signature, Type type, string kerasName, string written,
        IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan)
    {
        var binder = Binder.Rent(it, signature, written);
        try
        {
            return TryCreate(it, binder, signature, type, kerasName, written, args, call, calleeSpan);
        }
        finally
        {
            binder.Return();
        }
    }

    private static Layer? TryCreate(IBindingContext it, Binder binder, LayerSignature signature, Type type, string kerasName,
        string written, IReadOnlyList<Arg> args, CallExpr call, TextSpan calleeSpan)
    {

        // Most calls bind straight from the arguments; Keras 1 forms and input_length are rewritten first.
        var items = ItemsOf(args);
        int positionalCount = 0;
        bool inputLength = false;
        foreach (var arg in items)
        {
            var name = arg.Name;
            if (name is null) positionalCount++;
            else if (name == "input_length") inputLength = true;
        }
        if (inputLength || KerasArguments.LegacyKernelRank(kerasName) > 0)
        {
            var positional = new List<Arg>(items.Length);
            var keywords = new List<Arg>(items.Length);
            foreach (var arg in items) (arg.Name is null ? positional : keywords).Add(arg);
            ReadLegacyPositionalKernel(it, type, kerasName, written, signature, positional);
            CombineInputLength(signature, keywords);
            items = (Arg[])[.. positional, .. keywords];
            positionalCount = positional.Count;
        }

        int position = 0;
        foreach (var arg in items)
        {
            if (arg.Name is not null)
            {
                BindKeyword(it, binder, signature, written, arg);
                continue;
            }
            int i = position++;
            if (i == signature.PositionalCount)
            {
                var names = signature.Slots.Take(signature.PositionalCount).Select(s => s.KerasName);
                it.Diagnostics.Error(arg.Span,
                    $"{written}() takes at most {signature.PositionalCount} positional argument{(signature.PositionalCount == 1 ? "" : "s")} ({string.Join(", ", names)}), but {positionalCount} were given",
                    $"pass the others by keyword; Keras's signature is {signature.Describe(written)}");
                binder.Failed = true;
            }
            if (i >= signature.PositionalCount) continue;
            binder.Bind(signature.Slots[i], arg, keyword: false);
        }
        binder.ApplyGeneric();

        List<string>? missing = null;
        foreach (var slot in signature.Required)
            if (!binder.IsSet(slot)) (missing ??= []).Add(slot.KerasName);
        if (missing is not null && !binder.Failed)
        {
            string list = missing.Count == 1 ? $"'{missing[0]}' argument"
                : string.Join(", ", missing.SkipLast(1).Select(m => $"'{m}'")) + $" and '{missing[^1]}' arguments";
            it.Diagnostics.Error(calleeSpan, $"{written}() is missing its {list}", $"Keras's signature is {signature.Describe(written)}");
            binder.Failed = true;
        }
        if (binder.Failed) return null;

        if (signature.DataFormat is { } dataFormat && !binder.IsSet(dataFormat) && it.ImageDataFormat == "channels_first")
            binder.SetDefault(dataFormat, "channels_first");

        Layer layer;
        try
        {
            layer = binder.Construct();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Layer constructors do not validate (Build does); this only guards against a faulty layer type.
            var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
            it.Diagnostics.Error(call.Span, $"{written}(...) could not be created: {inner.Message}");
            return null;
        }
        return binder.WithGenericSettings(layer, it.Locate(call.Span));
    }

    // The arguments as a span: the interpreter's buffer, an array or a list without a call through the interface
    // per argument (a foreach over the interface would also allocate an enumerator per layer).
    private static ReadOnlySpan<Arg> ItemsOf(IReadOnlyList<Arg> args) => args switch
    {
        ArgumentBuffer buffer => buffer.Items,
        Arg[] array => array,
        List<Arg> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => args.ToArray(),
    };

    private static void BindKeyword(IBindingContext it, Binder binder, LayerSignature signature, string written, Arg arg)
    {
        string name = arg.Name!;
        if (name == "**")
        {
            if (arg.Value is PyUnknown unknown) it.ReportUnknown(unknown, arg.Span, $"{written} arguments");
            binder.Failed = true;
            return;
        }
        if (binder.ParameterNamed(name) is { } named)
        {
            binder.Bind(named, arg, keyword: true);
            return;
        }
        ParameterSlot? slot;
        // Input takes shape=, InputLayer input_shape=; Keras accepts either spelling on both.
        if (name is "shape" or "input_shape" && signature.ByName.TryGetValue(name == "shape" ? "input_shape" : "shape", out slot))
        {
            binder.Bind(slot, arg, keyword: true);
            return;
        }
        if (KerasArguments.Generic.Contains(name))
        {
            binder.Generic(name, arg);
            return;
        }
        if (KerasArguments.DisplayOnly.Contains(name))
        {
            // Dropped, as it changes no count; a name Keras cannot find still stops Keras.
            if (KerasIdentifiers.IsInitializerArgument(name) && arg.Value is PyStr initializer)
                binder.Report(arg, KerasIdentifiers.CheckInitializer(written, name, initializer.Value));
            return;
        }
        if (KerasArguments.Legacy.TryGetValue(name, out var modern))
        {
            if (modern is null) return;
            if (signature.ByName.TryGetValue(modern, out var modernSlot))
            {
                it.Diagnostics.InfoOnce("legacy:" + name, arg.NameSpan, $"'{name}' is the Keras 1 name of '{modern}'; read as {modern}=");
                var value = arg.Value;
                if (name == "dim_ordering" && value is PyStr s)
                    value = s.Value switch { "th" => new PyStr("channels_first"), "tf" => new PyStr("channels_last"), _ => PyNone.Instance };
                binder.Bind(modernSlot, arg with { Value = value, Name = modern }, keyword: true);
                return;
            }
        }
        var candidates = signature.Slots.Select(s => s.KerasName).Concat(KerasArguments.Generic).Concat(KerasArguments.DisplayOnly);
        string? suggestion = DidYouMean.Suggest(name, candidates);
        it.Diagnostics.Error(arg.NameSpan, $"unknown argument '{name}' for {written}{DidYouMean.Suffix(suggestion)}",
            suggestion is null ? $"Keras's signature is {signature.Describe(written)}" : null);
        binder.Failed = true;
    }

    // Keras 1: Convolution2D(32, 3, 3) means 32 filters of 3×3 (Keras 2 read it the same way, with a warning).
    private static void ReadLegacyPositionalKernel(IBindingContext it, Type type, string kerasName, string written,
        LayerSignature signature, List<Arg> positional)
    {
        int rank = KerasArguments.LegacyKernelRank(kerasName);
        if (rank == 0 || positional.Count < 1 + rank || !signature.Has("kernel_size")) return;
        var sizes = positional.Skip(1).Take(rank).ToList();
        if (!sizes.All(a => a.Value is PyInt)) return;
        var span = TextSpan.Cover(sizes[0].Span, sizes[^1].Span);
        var kernel = new PyTuple(sizes.Select(a => a.Value).ToArray());
        positional.RemoveRange(1, rank);
        positional.Insert(1, new Arg(null, kernel, span, span));
        it.Diagnostics.InfoOnce("legacy-kernel", span,
            $"{written}({PyOps.Repr(positional[0].Value)}, {string.Join(", ", sizes.Select(a => PyOps.Repr(a.Value)))}) is Keras 1's (nb_filter, nb_row, nb_col) form; read as kernel_size={PyOps.Repr(kernel)}");
        // Keras 1's Deconvolution2D took the output shape next; Keras 2 computes it.
        if (kerasName.StartsWith("Deconvolution", StringComparison.Ordinal) && positional.Count > 2
            && positional[2].Value is PyTuple { Items.Length: > 2 } or PyList { Items.Count: > 2 })
            positional.RemoveAt(2);
    }

    // Keras 2: on layers other than Embedding, input_length with input_dim means input_shape=(input_length, input_dim).
    private static void CombineInputLength(LayerSignature signature, List<Arg> keywords)
    {
        int lengthAt = keywords.FindIndex(a => a.Name == "input_length");
        if (lengthAt < 0 || signature.Has("input_length")) return;
        var length = keywords[lengthAt];
        keywords.RemoveAt(lengthAt);
        int dimAt = keywords.FindIndex(a => a.Name == "input_dim");
        PyValue dim = PyNone.Instance;
        if (dimAt >= 0)
        {
            dim = keywords[dimAt].Value;
            keywords.RemoveAt(dimAt);
        }
        if (keywords.Any(a => a.Name is "input_shape" or "batch_input_shape" or "batch_shape")) return;
        var shape = length.Value is PyUnknown ? length.Value : dim is PyUnknown ? dim : new PyTuple([length.Value, dim]);
        keywords.Add(new Arg("input_shape", shape, length.Span, length.NameSpan));
    }

    /// <summary>Which parameters got a value: a bit mask, with an array for constructors past 64 parameters.</summary>
    private struct SlotSet(int count)
    {
        private ulong _bits;
        private readonly bool[]? _large = count > 64 ? new bool[count] : null;

        public readonly bool Contains(int index) => _large is { } l ? l[index] : (_bits & (1UL << index)) != 0;

        public void Add(int index)
        {
            if (_large is { } l) l[index] = true;
            else _bits |= 1UL << index;
        }

        /// <summary>Puts back the default of every parameter in the set (the others still hold theirs).</summary>
        public readonly void RestoreDefaults(object?[] values, object?[] defaults)
        {
            if (_large is { } l)
            {
                for (int i = 0; i < l.Length; i++)
                    if (l[i]) values[i] = defaults[i];
                return;
            }
            for (ulong bits = _bits; bits != 0; bits &= bits - 1)
            {
                int i = System.Numerics.BitOperations.TrailingZeroCount(bits);
                values[i] = defaults[i];
            }
        }
    }

    /// <summary>
    /// Argument values being bound to one constructor, plus the generic Keras arguments. A binder is reused from
    /// layer to layer, so reading a model allocates no binder, value array or dictionary per layer. One is kept
    /// per thread: a process-wide one would be taken by whichever thread reads at the moment, and a reader running
    /// beside another (notebook cells, tests in parallel) would make a binder per layer. A nested binding that finds
    /// it taken makes its own.
    /// </summary>
    private sealed class Binder
    {
        [ThreadStatic] private static Binder? _free;

        private IBindingContext it = null!;
        private LayerSignature signature = null!;
        private string written = "";
        private SlotSet _set;
        private Dictionary<string, Arg>? _generic;
        private bool _hasGeneric;

        // Constructor argument arrays by length: the invoker takes an array of exactly the parameter count. Between
        // bindings an array holds the defaults of the signature that used it last (only defaults: nothing a call
        // gave stays referenced), so binding the same class again copies nothing.
        private readonly object?[]?[] _valuesByLength = new object?[]?[33];
        private readonly LayerSignature?[] _defaultsIn = new LayerSignature?[33];

        public object?[] Values { get; private set; } = [];
        public bool Failed { get; set; }

        public static Binder Rent(IBindingContext it, LayerSignature signature, string written)
        {
            var binder = _free ?? new Binder();
            _free = null;
            binder.Start(it, signature, written);
            return binder;
        }

        private void Start(IBindingContext context, LayerSignature bound, string name)
        {
            it = context;
            signature = bound;
            written = name;
            int length = bound.Slots.Length;
            _set = new SlotSet(length);
            // Every parameter starts at its default; binding overwrites the ones the call gives.
            if (length >= _valuesByLength.Length)
            {
                Values = new object?[length];
                Array.Copy(bound.Fallbacks, Values, length);
                return;
            }
            Values = _valuesByLength[length] ??= new object?[length];
            if (!ReferenceEquals(_defaultsIn[length], bound))
            {
                Array.Copy(bound.Fallbacks, Values, length);
                _defaultsIn[length] = bound;
            }
        }

        /// <summary>Lets go of what this binding referenced and makes the binder available to the next one.</summary>
        public void Return()
        {
            if (Values.Length < _valuesByLength.Length && ReferenceEquals(_defaultsIn[Values.Length], signature))
                _set.RestoreDefaults(Values, signature.Fallbacks);
            _generic?.Clear();
            _hasGeneric = false;
            _properties = null;
            Failed = false;
            it = null!;
            signature = null!;
            written = "";
            _free = this;
        }

        public bool IsSet(ParameterSlot slot) => _set.Contains(slot.Index);

        /// <summary>The parameter a keyword names, or null.</summary>
        public ParameterSlot? ParameterNamed(string name)
        {
            // Keyword names are the lexer's strings, one object per distinct name: the keywords a model repeats
            // (padding=, activation=) are found by reference among the last few, before the name is hashed.
            foreach (var known in _recentKeywords)
                if (ReferenceEquals(known.Name, name) && ReferenceEquals(known.Signature, signature)) return known.Slot;
            if (!signature.ByName.TryGetValue(name, out var slot)) return null;
            _recentKeywords[_nextRecentKeyword] = (signature, name, slot);
            _nextRecentKeyword = (_nextRecentKeyword + 1) % _recentKeywords.Length;
            return slot;
        }

        private readonly (LayerSignature? Signature, string? Name, ParameterSlot? Slot)[] _recentKeywords =
            new (LayerSignature?, string?, ParameterSlot?)[8];
        private int _nextRecentKeyword;

        /// <summary>Gives an unset parameter a value other than its .NET default (Keras's global data format).</summary>
        public void SetDefault(ParameterSlot slot, object value)
        {
            Values[slot.Index] = value;
            _set.Add(slot.Index);
        }

        public void Bind(ParameterSlot slot, Arg arg, bool keyword)
        {
            if (_set.Contains(slot.Index))
            {
                it.Diagnostics.Error(keyword ? arg.NameSpan : arg.Span, $"{written}() got multiple values for argument '{slot.KerasName}'");
                Failed = true;
                return;
            }
            _set.Add(slot.Index);
            if (Convert(arg, slot.KerasName, slot.CoreType, slot.AcceptsNone, slot.IsShape, slot.IsActivation, out var value))
                Values[slot.Index] = value;
        }

        public void Generic(string name, Arg arg)
        {
            (_generic ??= new(StringComparer.Ordinal))[name] = arg;
            _hasGeneric = true;
        }

        private bool Convert(Arg arg, string kerasName, Type type, bool acceptsNone, out object? value) =>
            Convert(arg, kerasName, ValueConverter.Core(type), acceptsNone, Array.IndexOf(ShapeArguments, kerasName) >= 0,
                KerasIdentifiers.IsActivationArgument(kerasName), out value);

        // coreType: the parameter's type without Nullable<> (whether None fits is acceptsNone).
        private bool Convert(Arg arg, string kerasName, Type coreType, bool acceptsNone, bool isShape, bool isActivation, out object? value)
        {
            value = null;
            if (ValueConverter.FindUnknown(arg.Value) is { } unknown)
            {
                it.ReportUnknown(unknown, arg.Span, $"{written} argument '{kerasName}'");
                Failed = true;
                return false;
            }
            string expected = "";
            if ((isShape && arg.Value is not (PyTuple or PyList or PyNone))
                || !ValueConverter.TryConvertToCore(arg.Value, coreType, acceptsNone, isActivation,
                    out value, out expected))
            {
                string wanted = expected is { Length: > 0 } ? expected : isShape ? "a tuple of integers" : ValueConverter.Describe(coreType);
                string? hint = isShape && arg.Value is PyInt n ? $"write {kerasName}=({n.Value},) — the comma makes it a tuple" : ValueConverter.HintFor(expected);
                it.Diagnostics.Error(arg.Span, $"{written} argument '{kerasName}' must be {(arg.Value is PyNone && !isShape ? "given (None is not allowed here)" : wanted)}, but it is {PyOps.Repr(arg.Value)}", hint);
                Failed = true;
                return false;
            }
            if (arg.Value is PyStr choice && signature.Keras3Refusal(kerasName, choice.Value) is { } refusal)
                it.Diagnostics.Warning(arg.Span,
                    $"{written} with {kerasName}='{choice.Value}' is read as Keras 2 read it, but Keras 3 refuses it: \"{refusal.KerasError}\"",
                    refusal.Hint);
            // Only names are looked up: a string, or keras.activations.<name> (a function or a layer given as the
            // activation is Keras's callable, whatever its name).
            if (isActivation)
            {
                if (arg.Value is PyStr activation)
                    return Report(arg, KerasIdentifiers.CheckActivation(written, kerasName, activation.Value));
                if (arg.Value is PyModule function && KerasModules.Canonical(function.Path) is { } path
                    && path.StartsWith("keras.activations.", StringComparison.Ordinal))
                    return Report(arg, KerasIdentifiers.CheckActivation(written, kerasName, function.LastName));
            }
            return true;
        }

        /// <summary>Reports a name Keras does not accept; false (and the call fails) unless it is only a warning.</summary>
        public bool Report(Arg arg, IdentifierProblem? problem)
        {
            if (problem is null) return true;
            if (problem.IsWarning)
            {
                it.Diagnostics.Warning(arg.Span, problem.Message, problem.Hint);
                return true;
            }
            it.Diagnostics.Error(arg.Span, problem.Message, problem.Hint);
            Failed = true;
            return false;
        }

        /// <summary>
        /// The layer the constructor makes of the bound values (the parameters not given hold their defaults since
        /// Start), or a copy of the one it made for the same values (<see cref="LayerPrototypes"/>).
        /// </summary>
        public Layer Construct() => (_prototypes ??= new LayerPrototypes()).Create(signature, Values);

        private LayerPrototypes? _prototypes;

        // Generic arguments the constructor does take go to it; the others are set on the constructed layer's copy
        // (WithGenericSettings). Allocated only when a call has one, so the common call stays small.
        private sealed class PropertyValues
        {
            public Size? InputShape;
            public int? BatchSize, InputDim;
            public string? Name;
            public bool? Trainable;
        }

        private PropertyValues? _properties;

        private PropertyValues Properties => _properties ??= new PropertyValues();

        // A call without one returns here, before the loop's frame is set up (most calls: every benchmark line).
        public void ApplyGeneric()
        {
            if (_hasGeneric) ApplyGenericArguments();
        }

        private void ApplyGenericArguments()
        {
            foreach (var (name, arg) in _generic!)
            {
                switch (name)
                {
                    case "dtype":
                        break;
                    case "batch_input_shape":
                    case "batch_shape":
                    {
                        if (!Convert(arg, name, typeof(Size), false, out var value)) break;
                        var dims = ((Size)value!).Values;
                        if (dims.Count == 0)
                        {
                            it.Diagnostics.Error(arg.Span, $"{written} argument '{name}' must hold the batch size first, e.g. (None, 28, 28, 1)");
                            Failed = true;
                            break;
                        }
                        SetShape(Size.Tuple(dims.Skip(1)));
                        SetBatch(dims[0]);
                        break;
                    }
                    case "input_shape":
                        if (Convert(arg, name, typeof(Size?), true, out var shape) && shape is Size s) SetShape(s);
                        break;
                    case "batch_size":
                        if (Convert(arg, name, typeof(int?), true, out var batch)) SetBatch((int?)batch);
                        break;
                    case "input_dim":
                        if (Convert(arg, name, typeof(int?), true, out var dim)) Properties.InputDim = (int?)dim;
                        break;
                    case "name":
                        if (Convert(arg, name, typeof(string), true, out var n)) Properties.Name = (string?)n;
                        break;
                    case "trainable":
                        if (Convert(arg, name, typeof(bool), false, out var t)) Properties.Trainable = (bool)t!;
                        break;
                }
            }
        }

        private void SetShape(Size shape)
        {
            if (signature.ByName.TryGetValue("input_shape", out var slot) || signature.ByName.TryGetValue("shape", out slot))
            {
                Values[slot.Index] = shape;
                _set.Add(slot.Index);
            }
            else
            {
                Properties.InputShape = shape;
            }
        }

        private void SetBatch(int? batch)
        {
            if (signature.ByName.TryGetValue("batch_size", out var slot))
            {
                Values[slot.Index] = batch;
                _set.Add(slot.Index);
            }
            else
            {
                Properties.BatchSize = batch;
            }
        }

        /// <summary>
        /// The constructed layer with the generic arguments its constructor does not take and where it was written,
        /// set on the layer itself: it was made for this call a moment ago, and nothing else holds it yet.
        /// </summary>
        public Layer WithGenericSettings(Layer layer, SourceLocation source)
        {
            var s = layer.Settings with { Source = source };
            if (_properties is { } p)
                s = s with
                {
                    InputShape = p.InputShape ?? s.InputShape, BatchSize = p.BatchSize ?? s.BatchSize,
                    InputDim = p.InputDim ?? s.InputDim, Name = p.Name ?? s.Name, Trainable = p.Trainable ?? s.Trainable,
                };
            layer.SetSettingsOfNewLayer(s);
            return layer;
        }
    }
}
