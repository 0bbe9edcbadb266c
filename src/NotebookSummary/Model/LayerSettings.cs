namespace NotebookSummary;

/// <summary>
/// The Keras arguments every layer has, whatever its type: <c>name</c>, <c>trainable</c>, <c>input_shape</c>,
/// <c>input_dim</c>, the batch size, and where the layer was written. Held together so that a changed copy of a
/// layer (<see cref="Layer.With"/>) replaces them in one assignment.
/// </summary>
internal readonly record struct LayerSettings(
    string? Name, bool Trainable, Size? InputShape, int? InputDim, int? BatchSize, SourceLocation? Source)
{
    // The two optional integers as integers and flags beside Trainable: a nullable int takes 8 bytes, and every layer
    // holds its settings (a model of 100,000 layers stays alive while it is read and summarized).
    private readonly int _inputDim = InputDim ?? 0, _batchSize = BatchSize ?? 0;
    private readonly bool _hasInputDim = InputDim.HasValue, _hasBatchSize = BatchSize.HasValue;

    public int? InputDim
    {
        get => _hasInputDim ? _inputDim : null;
        init => (_inputDim, _hasInputDim) = (value ?? 0, value.HasValue);
    }

    public int? BatchSize
    {
        get => _hasBatchSize ? _batchSize : null;
        init => (_batchSize, _hasBatchSize) = (value ?? 0, value.HasValue);
    }
}
