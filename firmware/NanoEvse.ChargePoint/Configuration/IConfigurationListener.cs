namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>Told after a ChangeConfiguration was accepted and stored, so the change takes effect at once.</summary>
    public interface IConfigurationListener
    {
        void OnConfigurationChanged(ConfigKey key);
    }
}
