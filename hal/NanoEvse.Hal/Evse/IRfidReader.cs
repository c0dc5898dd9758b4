namespace NanoEvse.Hal.Evse
{
    /// <summary>The charger's card reader.</summary>
    public interface IRfidReader
    {
        /// <summary>The id of a card presented since the last call (hex UID, upper case), or null.</summary>
        string TakeTag();
    }
}
