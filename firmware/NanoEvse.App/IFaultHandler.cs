namespace NanoEvse.App
{
    /// <summary>What the safety thread calls, once, when the charger can no longer be trusted to run on.</summary>
    public interface IFaultHandler
    {
        /// <summary>Called on the safety thread after every contactor was opened; <paramref name="cause"/> says why.</summary>
        void OnFault(string cause);
    }
}
