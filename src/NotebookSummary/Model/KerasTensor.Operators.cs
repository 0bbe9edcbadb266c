namespace NotebookSummary;

// Python's operators on KerasTensors, as Keras defines them (each an operation row): x + y is ops.add (Add),
// x * 0.5 is ops.multiply (Multiply), x / y is ops.true_divide (TrueDivide), -x is ops.negative (Negative).
// A number beside a tensor is part of the operation, not a tensor of the graph.
public sealed partial class KerasTensor
{
    public static KerasTensor operator +(KerasTensor x, KerasTensor y) => Ops.Binary("Add", x, y);
    public static KerasTensor operator +(KerasTensor x, double y) => Ops.Binary("Add", x, y);
    public static KerasTensor operator +(double x, KerasTensor y) => Ops.Binary("Add", x, y);
    public static KerasTensor operator -(KerasTensor x, KerasTensor y) => Ops.Binary("Subtract", x, y);
    public static KerasTensor operator -(KerasTensor x, double y) => Ops.Binary("Subtract", x, y);
    public static KerasTensor operator -(double x, KerasTensor y) => Ops.Binary("Subtract", x, y);
    public static KerasTensor operator *(KerasTensor x, KerasTensor y) => Ops.Binary("Multiply", x, y);
    public static KerasTensor operator *(KerasTensor x, double y) => Ops.Binary("Multiply", x, y);
    public static KerasTensor operator *(double x, KerasTensor y) => Ops.Binary("Multiply", x, y);
    public static KerasTensor operator /(KerasTensor x, KerasTensor y) => Ops.Binary("TrueDivide", x, y);
    public static KerasTensor operator /(KerasTensor x, double y) => Ops.Binary("TrueDivide", x, y);
    public static KerasTensor operator /(double x, KerasTensor y) => Ops.Binary("TrueDivide", x, y);
    public static KerasTensor operator -(KerasTensor x) => Ops.Negative(x);
}
