using NanoEvse.Ocpp.Json;

namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>
    /// A handler whose answer waits on something slow, such as a lock motor moving, without holding up the main
    /// loop. <see cref="ICallHandler.Execute"/> starts the work and writes nothing; the endpoint then asks
    /// <see cref="TryAnswer"/> at once and on every poll after, until it answers or its time is up.
    /// </summary>
    public interface IDeferredCallHandler : ICallHandler
    {
        /// <summary>The longest the answer may wait, in ms, counted from the first poll after the call.</summary>
        int AnswerWithinMs { get; }

        /// <summary>
        /// Writes the response payload and returns true once the answer is known; returns false, writing nothing, to
        /// be asked again. With <paramref name="final"/> set the time is up and it must answer with what it knows.
        /// </summary>
        bool TryAnswer(object request, bool final, JsonWriter response);
    }
}
