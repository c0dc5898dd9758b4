namespace NanoEvse.Hal.Evse
{
    /// <summary>The mains contactor of one connector, with its auxiliary feedback contact.</summary>
    public interface IContactor
    {
        void Command(bool closed);

        /// <summary>What the feedback contact reports, which may differ from the command when the contactor fails.</summary>
        bool IsClosed { get; }
    }
}
