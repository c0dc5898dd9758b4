namespace System.Diagnostics
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        public ConditionalAttribute(string conditionString) { }
        public string ConditionString => throw null;
    }

    public static class Debug
    {
        [Conditional("DEBUG")]
        public static void Assert(bool condition) => throw null;
        [Conditional("DEBUG")]
        public static void Assert(bool condition, string message) => throw null;
        [Conditional("DEBUG")]
        public static void Assert(bool condition, string message, string detailedMessage) => throw null;
        [Conditional("DEBUG")]
        public static void Write(string message) => throw null;
        [Conditional("DEBUG")]
        public static void WriteLine(string message) => throw null;
    }

    public static class Debugger
    {
        public static void Break() => throw null;
    }
}
