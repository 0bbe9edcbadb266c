namespace NotebookSummary.Analysis;

/// <summary>Parameter totals of a model and their memory at float32 (4 bytes each), as Keras 3 reports them.</summary>
public sealed record ModelTotals(long Params, long TrainableParams, long NonTrainableParams)
{
    /// <summary>Bytes per parameter: float32.</summary>
    public const int BytesPerParam = 4;

    public long ParamsBytes => checked(Params * BytesPerParam);
    public long TrainableBytes => checked(TrainableParams * BytesPerParam);
    public long NonTrainableBytes => checked(NonTrainableParams * BytesPerParam);
}
