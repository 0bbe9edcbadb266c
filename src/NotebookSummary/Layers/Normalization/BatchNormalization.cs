using NotebookSummary.Analysis;

namespace NotebookSummary;

/// <summary>
/// Keras <c>BatchNormalization(axis=-1)</c>: normalizes each channel of <c>axis</c> with the batch's statistics while
/// training and with moving averages of them at inference. Per channel it holds gamma (if <c>scale</c>) and beta
/// (if <c>center</c>), which train, plus the moving mean and moving variance, which are never trained by gradients:
/// Keras always counts those 2·C as non-trainable. Shape unchanged. After a channels_first layer use <c>axis=1</c>.
/// </summary>
/// <remarks><c>momentum</c> and <c>epsilon</c> change neither shape nor count; they keep Keras's positional order.</remarks>
public sealed class BatchNormalization(int axis = -1, double momentum = 0.99, double epsilon = 1e-3,
    bool center = true, bool scale = true, string? name = null, bool trainable = true, Size? inputShape = null,
    int? inputDim = null) : Layer(name, trainable, inputShape, inputDim)
{
    public int Axis { get; } = axis;
    public double Momentum { get; } = momentum;
    public double Epsilon { get; } = epsilon;
    public bool Center { get; } = center;
    public bool Scale { get; } = scale;

    public override LayerKind Kind => LayerKind.Normalization;

    // Notes are values: the fixed ones are made once, not for every layer.
    private static readonly WalkThroughNote LearnedBoth = new("gamma and beta (C values each) are learned");
    private static readonly WalkThroughNote LearnedGamma = new("gamma (C values) is learned; center=False: no beta");
    private static readonly WalkThroughNote LearnedBeta = new("beta (C values) is learned; scale=False: no gamma");
    private static readonly WalkThroughNote LearnedNothing = new("center=False and scale=False: no gamma and no beta, nothing is learned");
    private const string MovingStatistics = "the moving mean and moving variance, running averages of the batch statistics that training updates without gradients";

    /// <summary>Everything the formulas depend on: the axis argument (its symbol), the channel count, the vectors.</summary>
    private readonly record struct RulesKey(int Axis, long Channels, int Vectors)
    {
        public (Expr Params, Expr MovingStatistics, WalkThroughNote MovingNote) Make()
        {
            var c = NormalizedAxis.Channels(Axis, Channels);
            var movingStatistics = Expr.Const(2) * c;
            return (Expr.Const(Vectors) * c, movingStatistics, new WalkThroughNote(new Formula("non-trainable", movingStatistics), MovingStatistics));
        }
    }

    // The formulas are values, and a deep model normalizes a few channel counts many times: each is made once.
    private static readonly ProcessCache<RulesKey, (Expr Params, Expr MovingStatistics, WalkThroughNote MovingNote)> Rules =
        new(static k => k.Make(), capacity: 4096);

    protected internal override void Build(LayerBuilder b)
    {
        long channels = NormalizedAxis.ChannelCount(b, Axis, "weight vectors");
        // gamma and beta are optional; moving mean and moving variance always exist.
        int vectors = (Scale ? 1 : 0) + (Center ? 1 : 0) + 2;
        var rules = Rules[new RulesKey(Axis, channels, vectors)];
        b.Params(rules.Params, rules.MovingStatistics);

        b.Note((Scale, Center) switch
        {
            (true, true) => LearnedBoth,
            (true, false) => LearnedGamma,
            (false, true) => LearnedBeta,
            _ => LearnedNothing,
        });
        b.Note(rules.MovingNote);
        if (!Trainable && (Scale || Center))
            b.Note("trainable=False freezes the layer: its learned vectors count as non-trainable too");
        b.OutputSameAsInput();
    }
}
