namespace NotebookSummary;

/// <summary>
/// A layer with Keras's <c>data_format</c> argument (<c>channels_last</c>, <c>channels_first</c>, or null for Keras's
/// default), which its summary row reports (<see cref="Analysis.DataFormatProbe"/>) and drawings orient tensors by.
/// The library's layers declare it with this interface, so a row reads it as a property, not by reflection.
/// </summary>
internal interface IHasDataFormat
{
    /// <summary>The argument as given, or null when it was not.</summary>
    string? DataFormat { get; }
}
