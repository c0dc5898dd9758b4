namespace NanoEvse.Hal
{
    /// <summary>Where the firmware writes its diagnostics and its OCPP frame log.</summary>
    public interface ILog
    {
        void Write(LogLevel level, string component, string message);

        /// <summary>One OCPP frame as it went over the wire.</summary>
        void Frame(bool outgoing, string frame);
    }

    public enum LogLevel
    {
        Debug,
        Info,
        Warning,
        Error
    }
}
