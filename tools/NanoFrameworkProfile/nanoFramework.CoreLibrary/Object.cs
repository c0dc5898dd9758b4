// Declaration-only reference profile of nanoFramework mscorlib 1.17.11 (reflection flavour).
// Bodies are placeholders; only the shapes matter to the compiler.
namespace System
{
    public class Object
    {
        public Object() { }
        public virtual string ToString() => throw null;
        public virtual bool Equals(object obj) => throw null;
        public static bool Equals(object objA, object objB) => throw null;
        public static bool ReferenceEquals(object objA, object objB) => throw null;
        public virtual int GetHashCode() => throw null;
        public Type GetType() => throw null;
        protected object MemberwiseClone() => throw null;
    }

    public abstract class ValueType { }

    public abstract class Enum : ValueType
    {
        public bool HasFlag(Enum flag) => throw null;
    }

    public struct Void { }

    public abstract class MarshalByRefObject { }

    public interface IDisposable
    {
        void Dispose();
    }

    public interface IComparable
    {
        int CompareTo(object obj);
    }

    public interface ICloneable
    {
        object Clone();
    }

    public class EventArgs
    {
        public static readonly EventArgs Empty;
        public EventArgs() { }
    }

    public delegate void EventHandler(object sender, EventArgs e);

    public delegate void Action();

    public sealed class Version
    {
        public Version(int major, int minor, int build, int revision) { }
    }
}
