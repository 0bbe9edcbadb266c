namespace NotebookSummary.Analysis;

/// <summary>Parameter totals of a model and their memory at float32 (4 bytes each), as Keras 3 reports them.</summary>
/// <remarks>
/// The byte counts are 128-bit: a valid model can hold up to 2⁶³ − 1 parameters (a <c>Dense(2**31-1)</c> on
/// <c>Input((2**31-1,))</c> has 4.6·10¹⁸), and four bytes each do not fit 64 bits. Keras computes them with Python's
/// unbounded integers, so they never overflow there either.
/// </remarks>
public sealed record ModelTotals(long Params, long TrainableParams, long NonTrainableParams)
{
    /// <summary>Bytes per parameter: float32.</summary>
    public const int BytesPerParam = 4;

    public Int128 ParamsBytes => BytesOf(Params);
    public Int128 TrainableBytes => BytesOf(TrainableParams);
    public Int128 NonTrainableBytes => BytesOf(NonTrainableParams);

    /// <summary>The float32 memory of <paramref name="count"/> parameters; exact for every 64-bit count.</summary>
    public static Int128 BytesOf(long count) => (Int128)count * BytesPerParam;
}
