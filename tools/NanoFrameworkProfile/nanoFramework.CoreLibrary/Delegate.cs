namespace System
{
#pragma warning disable CS0659, CS0661 // the real type leaves GetHashCode to the runtime
    public abstract class Delegate
    {
        public override bool Equals(object obj) => throw null;
        public static Delegate Combine(Delegate a, Delegate b) => throw null;
        public static Delegate Remove(Delegate source, Delegate value) => throw null;
        public virtual Delegate[] GetInvocationList() => throw null;
        public object Target => throw null;
        public static bool operator ==(Delegate d1, Delegate d2) => throw null;
        public static bool operator !=(Delegate d1, Delegate d2) => throw null;
    }
#pragma warning restore CS0659, CS0661

    public abstract class MulticastDelegate : Delegate { }
}
