namespace NotebookSummary;

// keras.Input returns a tensor, so arithmetic works on it directly (new Input(8) * 0.5). C# looks for operators in
// the operands' own types only: the KerasTensor operators cover an Input beside a tensor, these the rest.
public partial class Input
{
    public static KerasTensor operator +(Input x, Input y) => x.Output + y.Output;
    public static KerasTensor operator +(Input x, double y) => x.Output + y;
    public static KerasTensor operator +(double x, Input y) => x + y.Output;
    public static KerasTensor operator -(Input x, Input y) => x.Output - y.Output;
    public static KerasTensor operator -(Input x, double y) => x.Output - y;
    public static KerasTensor operator -(double x, Input y) => x - y.Output;
    public static KerasTensor operator *(Input x, Input y) => x.Output * y.Output;
    public static KerasTensor operator *(Input x, double y) => x.Output * y;
    public static KerasTensor operator *(double x, Input y) => x * y.Output;
    public static KerasTensor operator /(Input x, Input y) => x.Output / y.Output;
    public static KerasTensor operator /(Input x, double y) => x.Output / y;
    public static KerasTensor operator /(double x, Input y) => x / y.Output;
    public static KerasTensor operator -(Input x) => -x.Output;
}
