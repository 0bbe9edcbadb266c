namespace NotebookSummary;

/// <summary>
/// The Keras arguments every layer has, whatever its type: <c>name</c>, <c>trainable</c>, <c>input_shape</c>,
/// <c>input_dim</c>, the batch size, and where the layer was written. Held together so that a changed copy of a
/// layer (<see cref="Layer.With"/>) replaces them in one assignment.
/// </summary>
internal readonly record struct LayerSettings(
    string? Name, bool Trainable, Size? InputShape, int? InputDim, int? BatchSize, SourceLocation? Source);
