namespace NanoEvse.ChargePoint.Time
{
    /// <summary>A message that carries a timestamp: it waits in the queue until the clock is trusted.</summary>
    public interface IStampedCall
    {
    }
}
